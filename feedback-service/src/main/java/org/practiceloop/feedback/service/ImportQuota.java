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
            slot.close();
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

    /** The advisory lock, held on a connection of its own until closed. */
    public static final class Slot implements AutoCloseable {

        private final Connection connection;
        private final String organizationId;

        private Slot(Connection connection, String organizationId) {
            this.connection = connection;
            this.organizationId = organizationId;
        }

        static Slot take(DataSource dataSource, String organizationId) {
            Connection connection = null;
            try {
                connection = dataSource.getConnection();
                if (lock(connection, "pg_try_advisory_lock", organizationId)) {
                    return new Slot(connection, organizationId);
                }
                connection.close();
            } catch (SQLException e) {
                closeQuietly(connection);
                throw new IllegalStateException("Cannot take the import lock", e);
            }
            throw new ProblemException(Problem.of(409, "Conflict", "Another import for your organisation is still "
                    + "running; send this one when it has finished.")).retryAfter(5);
        }

        @Override
        public void close() {
            try (connection) {
                lock(connection, "pg_advisory_unlock", organizationId);
            } catch (SQLException e) {
                // Closing a pooled connection does not end its session, so the lock would stay with it.
                throw new IllegalStateException("Cannot release the import lock", e);
            }
        }

        private static boolean lock(Connection connection, String function, String organizationId)
                throws SQLException {
            try (PreparedStatement statement = connection.prepareStatement(
                    "select " + function + "(?, hashtext(?))")) {
                statement.setInt(1, LOCK_NAMESPACE);
                statement.setString(2, organizationId);
                try (ResultSet result = statement.executeQuery()) {
                    result.next();
                    return result.getBoolean(1);
                }
            }
        }

        private static void closeQuietly(Connection connection) {
            if (connection != null) {
                try {
                    connection.close();
                } catch (SQLException ignored) {
                    // Already failing; the first error is the one to report.
                }
            }
        }
    }
}
