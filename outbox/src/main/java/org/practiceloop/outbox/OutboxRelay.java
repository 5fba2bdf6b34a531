package org.practiceloop.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;
import org.practiceloop.common.lifecycle.Rounds;
import org.practiceloop.common.tenant.Tenancy;
import org.practiceloop.common.trace.TraceParents;

/**
 * Publishes pending outbox rows to Kafka and marks each one published only after the broker
 * acknowledged it ({@code acks=all}). One relay of the service's replicas publishes at a time (a
 * transaction-scoped advisory lock), in the order the rows were written: two relays publishing
 * side by side could send a candidate's later event before its earlier one, and consumers rely on
 * each key's order. A crash between the ack and the commit publishes that row again: consumers
 * drop it by event id.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final String CLAIM_PENDING = """
            select id, topic, message_key, payload, traceparent from outbox_message where published_at is null
            order by created_at limit :limit for update skip locked""";

    /** The advisory lock the publishing relay holds for its batch's transaction ("outbox" in ASCII). */
    public static final long PUBLISHING_LOCK = 0x6f7574626f78L;

    private final MutinyEmitter<String> emitter;
    private final EntityManager entityManager;
    private final OutboxConfig config;
    private final Executor executor;
    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicBoolean drainRequested = new AtomicBoolean();
    /** Each batch: a shutdown lets the one under way mark what the broker acknowledged. */
    private final Rounds rounds = new Rounds();

    OutboxRelay(@Channel("outbox") MutinyEmitter<String> emitter, EntityManager entityManager,
            OutboxConfig config, ManagedExecutor executor, MeterRegistry registry) {
        this.emitter = emitter;
        this.entityManager = entityManager;
        this.config = config;
        this.executor = executor;
        registry.gauge("outbox.pending", this, relay -> Tenancy.asService(() -> QuarkusTransaction.requiringNew()
                .call(OutboxMessage::countPending)));
    }

    /**
     * No batch starts after this, and the one under way is marked before the datasource closes;
     * what is still pending goes out from another instance's relay, or this one's after a restart.
     */
    void onStop(@Observes ShutdownEvent stop) throws InterruptedException {
        if (!rounds.finish(Rounds.SHUTDOWN_LIMIT)) {
            LOG.warn("An outbox batch still under way at shutdown; its events are published again, and consumers drop the copies");
        }
    }

    /** Publishes right after a commit instead of waiting for the next poll. */
    void onAppended(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxWriter.OutboxAppended appended) {
        requestDrain();
    }

    /** Catches up on anything a failed or skipped publication left behind (broker down, restart). */
    @Scheduled(every = "${practiceloop.outbox.poll-interval:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void poll() {
        requestDrain();
    }

    /**
     * One drain at a time per instance: commits that arrive during a drain only ask for another
     * pass, so under load events go out in batches rather than one transaction per commit.
     */
    void requestDrain() {
        drainRequested.set(true);
        if (draining.compareAndSet(false, true)) {
            executor.execute(this::drainWhileRequested);
        }
    }

    private void drainWhileRequested() {
        try {
            while (drainRequested.getAndSet(false)) {
                drain();
            }
        } finally {
            draining.set(false);
        }
        if (drainRequested.get()) { // asked for between the last pass and the release
            requestDrain();
        }
    }

    /** Publishes batches until nothing is pending; returns how many events were published. */
    public int drain() {
        int total = 0;
        try {
            int published;
            do {
                // The outbox holds every organisation's events: the relay works as the service.
                published = rounds.run(() -> Tenancy.asService(() -> QuarkusTransaction.requiringNew()
                        .timeout((int) config.ackTimeout().toSeconds() + 10)
                        .call(this::publishBatch)), 0);
                total += published;
            } while (published == config.batchSize());
        } catch (RuntimeException e) {
            LOG.warnf("Outbox relay stopped after %d event(s): %s", total, e.getMessage());
        }
        return total;
    }

    /**
     * Claims a batch, publishes it, and marks what the broker acknowledged with one statement.
     * Publishes nothing while another replica's relay holds the lock: it drains what is pending,
     * and the next poll picks up whatever it left.
     */
    @SuppressWarnings("unchecked")
    private int publishBatch() {
        if (!Boolean.TRUE.equals(entityManager.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                .setParameter(1, PUBLISHING_LOCK).getSingleResult())) {
            return 0;
        }
        List<Object[]> batch = entityManager.createNativeQuery(CLAIM_PENDING)
                .setParameter("limit", config.batchSize())
                .getResultList();
        if (batch.isEmpty()) {
            return 0;
        }
        // Sent and awaited outside the batch's transaction: context propagation would otherwise hand
        // it to the Kafka producer's thread, which may still hold it when this thread commits, and
        // Narayana then rolls the commit back (the batch stays pending and goes out twice).
        List<Boolean> acked = QuarkusTransaction.suspendingExisting().call(() -> Uni.join()
                .all(batch.stream().map(this::send).toList())
                .andCollectFailures()
                .await().atMost(config.ackTimeout().plusSeconds(5)));
        List<UUID> published = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            if (acked.get(i)) {
                published.add((UUID) batch.get(i)[0]);
            }
        }
        entityManager.createNativeQuery("""
                        update outbox_message set attempts = attempts + 1,
                        published_at = case when id = any(?1) then now() else null end
                        where id = any(?2) /* every organisation, the batch this relay claimed */""")
                .setParameter(1, published.toArray(UUID[]::new))
                .setParameter(2, batch.stream().map(row -> (UUID) row[0]).toArray(UUID[]::new))
                .executeUpdate();
        if (published.size() < batch.size()) {
            LOG.warnf("Broker acknowledged %d of %d outbox event(s); the rest stay pending", published.size(),
                    batch.size());
            return 0;
        }
        return published.size();
    }

    /** Sends one claimed row (id, topic, key, payload, traceparent) as a record of its writer's trace. */
    private Uni<Boolean> send(Object[] row) {
        Message<String> record = Message.of((String) row[3])
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                        .withTopic((String) row[1])
                        .withKey((String) row[2])
                        .build())
                .addMetadata(TracingMetadata.withCurrent(TraceParents.continuing((String) row[4])));
        return emitter.sendMessage(record)
                .ifNoItem().after(config.ackTimeout()).fail()
                .replaceWith(Boolean.TRUE)
                .onFailure().recoverWithItem(Boolean.FALSE);
    }
}
