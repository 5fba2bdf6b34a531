package org.practiceloop.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.practiceloop.common.tenant.Tenancy;
import org.practiceloop.outbox.OutboxMessage;
import org.practiceloop.outbox.OutboxPurge;

/** Published events leave the outbox after the retention (7 days); pending ones never do. */
@QuarkusTest
class OutboxPurgeTest {

    @Inject
    OutboxPurge purge;

    @Inject
    EntityManager entityManager;

    @Inject
    DataSource dataSource;

    @Test
    void deletesOnlyEventsPublishedLongerAgoThanTheRetention() throws SQLException {
        Instant eightDaysAgo = Instant.now().minus(Duration.ofDays(8));
        UUID old = insert(eightDaysAgo, eightDaysAgo);
        UUID recent = insert(eightDaysAgo, Instant.now().minus(Duration.ofHours(1)));
        UUID pending = insert(eightDaysAgo, null);

        // The row stays locked, so the running relay skips it and it is still pending during the purge.
        try (Connection relayBlocker = dataSource.getConnection()) {
            relayBlocker.setAutoCommit(false);
            try (PreparedStatement lock = relayBlocker.prepareStatement(
                    "select published_at from outbox_message where id = ? for update")) {
                lock.setObject(1, pending);
                try (ResultSet row = lock.executeQuery()) {
                    assertThat(row.next()).isTrue();
                    assertThat(row.getTimestamp(1)).as("still pending when the purge runs").isNull();
                }
            }
            assertThat(purge.purge()).isGreaterThanOrEqualTo(1);
            relayBlocker.rollback();
        }

        Tenancy.asService(() -> QuarkusTransaction.requiringNew().run(() -> {
            assertThat(OutboxMessage.<OutboxMessage>findById(old)).isNull();
            assertThat(OutboxMessage.<OutboxMessage>findById(recent)).isNotNull();
            assertThat(OutboxMessage.<OutboxMessage>findById(pending)).as("a pending event stays until published")
                    .isNotNull();
        }));
    }

    private UUID insert(Instant createdAt, Instant publishedAt) {
        UUID id = UUID.randomUUID();
        Tenancy.asService(() -> QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                        insert into outbox_message (id, organization_id, topic, message_key, payload, created_at,
                            published_at, attempts)
                        values (:id, 'default', 'outbox-purge-test', 'k', '{}', :created, :published, 0)""")
                .setParameter("id", id)
                .setParameter("created", createdAt)
                .setParameter("published", publishedAt)
                .executeUpdate()));
        return id;
    }
}
