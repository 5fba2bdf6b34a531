package org.practiceloop.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.practiceloop.outbox.OutboxMessage;
import org.practiceloop.outbox.OutboxPurge;

/** Published events leave the outbox after the retention (7 days); pending ones never do. */
@QuarkusTest
class OutboxPurgeTest {

    @Inject
    OutboxPurge purge;

    @Inject
    EntityManager entityManager;

    @Test
    void deletesOnlyEventsPublishedLongerAgoThanTheRetention() {
        Instant eightDaysAgo = Instant.now().minus(Duration.ofDays(8));
        UUID old = insert(eightDaysAgo, eightDaysAgo);
        UUID recent = insert(eightDaysAgo, Instant.now().minus(Duration.ofHours(1)));
        UUID pending = insert(eightDaysAgo, null);

        assertThat(purge.purge()).isGreaterThanOrEqualTo(1);

        QuarkusTransaction.requiringNew().run(() -> {
            assertThat(OutboxMessage.<OutboxMessage>findById(old)).isNull();
            assertThat(OutboxMessage.<OutboxMessage>findById(recent)).isNotNull();
            assertThat(OutboxMessage.<OutboxMessage>findById(pending)).as("a pending event stays until published")
                    .isNotNull();
        });
    }

    private UUID insert(Instant createdAt, Instant publishedAt) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                        insert into outbox_message (id, topic, message_key, payload, created_at, published_at, attempts)
                        values (:id, 'outbox-purge-test', 'k', '{}', :created, :published, 0)""")
                .setParameter("id", id)
                .setParameter("created", createdAt)
                .setParameter("published", publishedAt)
                .executeUpdate());
        return id;
    }
}
