package org.practiceloop.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import org.jboss.logging.Logger;
import org.practiceloop.common.tenant.Tenancy;

/**
 * Deletes events published longer ago than the retention, a batch per transaction; pending
 * events are never touched. Without it the table would keep every event's payload forever.
 */
@ApplicationScoped
public class OutboxPurge {

    private static final Logger LOG = Logger.getLogger(OutboxPurge.class);
    private static final int BATCH = 5_000;

    private final EntityManager entityManager;
    private final OutboxConfig config;

    OutboxPurge(EntityManager entityManager, OutboxConfig config) {
        this.entityManager = entityManager;
        this.config = config;
    }

    @Scheduled(every = "${practiceloop.outbox.purge-interval:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        purge();
    }

    /** Returns how many published events were deleted. */
    public int purge() {
        Instant cutoff = Instant.now().minus(config.retention());
        int total = 0;
        int deleted;
        do {
            deleted = Tenancy.asService(() -> QuarkusTransaction.requiringNew().call(() -> entityManager
                    .createNativeQuery("""
                            delete from outbox_message where id in (select id from outbox_message
                            where published_at < :cutoff limit :batch) /* every organisation, past retention */""")
                    .setParameter("cutoff", cutoff)
                    .setParameter("batch", BATCH)
                    .executeUpdate()));
            total += deleted;
        } while (deleted == BATCH);
        if (total > 0) {
            LOG.infof("Deleted %d outbox event(s) published before %s", total, cutoff);
        }
        return total;
    }
}
