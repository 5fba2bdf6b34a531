package org.practiceloop.feedback.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.jboss.logging.Logger;
import org.practiceloop.common.problem.Problem;
import org.practiceloop.common.problem.ProblemException;
import org.practiceloop.feedback.config.ImportConfig;
import org.practiceloop.feedback.domain.Evaluation;

/**
 * How many rows an organisation may import per rolling 24 hours, counted from the evaluations
 * it imported (in the database, so every replica counts the same). A batch that would pass the
 * quota is refused as a whole, before any row is stored. One import per organisation runs at a
 * time (a PostgreSQL advisory lock, held on its own connection while the rows are stored, so
 * every replica sees it): two parallel imports cannot both pass the same remaining quota.
 */
@ApplicationScoped
public class ImportQuota {

    private static final Logger LOG = Logger.getLogger(ImportQuota.class);
    /** First key of the advisory lock; the second is the organisation id's hash. */
    public static final int LOCK_NAMESPACE = 0x1_0AD5;
    private static final Duration WINDOW = Duration.ofHours(24);

    private final int rowsPerDay;
    private final DataSource dataSource;

    ImportQuota(ImportConfig config, DataSource dataSource) {
        this.rowsPerDay = config.rowsPerDay();
        this.dataSource = dataSource;
    }

    /**
     * Takes the organisation's import slot for {@code rows} rows, or refuses: 409 while another
     * of its imports runs, 429 past the quota. Close the slot when the rows are stored.
     */
    public Slot reserve(String organizationId, int rows) {
        Slot slot = Slot.take(dataSource, organizationId);
        try {
            check(organizationId, rows);
            return slot;
        } catch (RuntimeException e) {
            slot.close(); // never throws
            throw e;
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    void check(String organizationId, int rows) {
        Instant since = Instant.now().minus(WINDOW);
        long imported = Evaluation.count("organizationId = ?1 and importFingerprint is not null and submittedAt > ?2",
                organizationId, since);
        if (imported + rows <= rowsPerDay) {
            return;
        }
        Instant oldest = Evaluation.find("organizationId = ?1 and importFingerprint is not null and submittedAt > ?2 "
                + "order by submittedAt", organizationId, since).<Evaluation>firstResultOptional()
                .map(e -> e.submittedAt).orElse(Instant.now());
        long retryAfter = Math.max(1, Duration.between(Instant.now(), oldest.plus(WINDOW)).toSeconds());
        throw new ProblemException(Problem.of(429, "Too Many Requests", "Your organisation may import "
                + rowsPerDay + " rows per 24 hours; " + Math.max(0, rowsPerDay - imported) + " are left, this import has "
                + rows + ". Retry after " + retryAfter + " s, or send fewer rows.")).retryAfter(retryAfter);
    }

    /**
     * The advisory lock, taken in a transaction of its own on a connection of its own and held
     * until the slot closes. A transaction-level lock, because a pooled connection's session
     * outlives {@code close()}: however the slot ends, the transaction ends (rollback, or the
     * pool resetting auto-commit) and the lock with it. The import's rows commit on other
     * connections, one by one, before that; the resource must stay non-transactional, or the
     * data source would hand back the transaction's own connection.
     */
    public static final class Slot implements AutoCloseable {

        private final Connection connection;

        private Slot(Connection connection) {
            this.connection = connection;
        }

        static Slot take(DataSource dataSource, String organizationId) {
            Connection connection = null;
            try {
                connection = dataSource.getConnection();
                connection.setAutoCommit(false);
                try (PreparedStatement lock = connection.prepareStatement(
                        "select pg_try_advisory_xact_lock(?, hashtext(?))")) {
                    lock.setInt(1, LOCK_NAMESPACE);
                    lock.setString(2, organizationId);
                    try (ResultSet result = lock.executeQuery()) {
                        result.next();
                        if (result.getBoolean(1)) {
                            return new Slot(connection);
                        }
                    }
                }
            } catch (SQLException e) {
                end(connection);
                throw new IllegalStateException("Cannot take the import lock", e);
            }
            end(connection);
            throw new ProblemException(Problem.of(409, "Conflict", "Another import for your organisation is still "
                    + "running; send this one when it has finished.")).retryAfter(5);
        }

        @Override
        public void close() {
            end(connection);
        }

        /** Never throws: the rows are stored by now, and the pool ends the transaction anyway. */
        private static void end(Connection connection) {
            if (connection == null) {
                return;
            }
            try (connection) {
                connection.rollback();
            } catch (SQLException e) {
                LOG.warnf("Import lock: ending its transaction failed (%s); the pool ends it", e.getClass().getName());
            }
        }
    }
}
