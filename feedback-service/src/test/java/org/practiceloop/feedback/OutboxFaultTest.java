package org.practiceloop.feedback;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.practiceloop.common.tenant.Tenancy;
import org.practiceloop.devinfra.InjectKafkaBroker;
import org.practiceloop.devinfra.KafkaBroker;
import org.practiceloop.outbox.OutboxMessage;
import org.practiceloop.outbox.OutboxRelay;

/** The outbox's promises under faults: nothing accepted is lost; a duplicate keeps its event id. */
@QuarkusTest
class OutboxFaultTest {

    @InjectKafkaBroker
    KafkaBroker broker;

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Inject
    OutboxRelay relay;

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper mapper;

    @Inject
    DataSource dataSource;

    @Test
    void submissionsDuringABrokerOutageAreAcceptedAndAllPublishedWhenItReturns() {
        String candidate = "cand-" + UUID.randomUUID();
        List<String> ids = new ArrayList<>();
        broker.stop();
        try {
            for (int i = 0; i < 5; i++) {
                ids.add(given().contentType(ContentType.JSON)
                        .body(Evaluations.exampleWith("\"cand-42\"", "\"" + candidate + "\""))
                        .post("/api/v1/evaluations").then().statusCode(201).extract().path("id"));
            }
            assertThat(Tenancy.asService(() -> QuarkusTransaction.requiringNew().call(OutboxMessage::countPending)))
                    .as("the events wait in the outbox").isGreaterThanOrEqualTo(5);
        } finally {
            broker.restart();
        }

        ConsumerTask<String, String> consumer = kafka.consumeStrings().fromTopics("evaluation-submitted");
        try {
            Awaitility.await("all five events published after the outage").atMost(Duration.ofSeconds(120))
                    .pollInterval(Duration.ofMillis(500))
                    .untilAsserted(() -> assertThat(ids).allMatch(id -> consumer.getRecords().stream()
                            .anyMatch(r -> r.value().contains(id))));
        } finally {
            consumer.close();
        }
    }

    @Test
    void aRelayCrashBetweenAckAndMarkPublishesTheEventAgainWithTheSameEventId() throws Exception {
        String id = given().contentType(ContentType.JSON).body(Evaluations.example())
                .post("/api/v1/evaluations").then().statusCode(201).extract().path("id");
        ConsumerTask<String, String> consumer = kafka.consumeStrings().fromTopics("evaluation-submitted");
        try {
            awaitCopies(consumer, id, 1);
            // The broker acknowledged, but the relay "died" before its commit: the row is still pending.
            int reset = Tenancy.asService(() -> QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                            "update outbox_message set published_at = null where payload like ?1")
                    .setParameter(1, "%" + id + "%").executeUpdate()));
            assertThat(reset).isEqualTo(1);
            relay.drain();

            List<ConsumerRecord<String, String>> copies = awaitCopies(consumer, id, 2);
            assertThat(copies).hasSize(2);
            assertThat(mapper.readTree(copies.get(0).value()).get("eventId"))
                    .as("consumers recognise the duplicate by its event id")
                    .isEqualTo(mapper.readTree(copies.get(1).value()).get("eventId"));
        } finally {
            consumer.close();
        }
    }

    @Test
    void whileAnotherReplicasRelayPublishesThisOneLeavesTheRowsToIt() throws Exception {
        try (Connection otherReplica = dataSource.getConnection()) {
            try (PreparedStatement lock = otherReplica.prepareStatement("select pg_advisory_lock(?)")) {
                lock.setLong(1, OutboxRelay.PUBLISHING_LOCK);
                lock.execute();
            }
            String id = given().contentType(ContentType.JSON).body(Evaluations.example())
                    .post("/api/v1/evaluations").then().statusCode(201).extract().path("id");

            assertThat(relay.drain()).as("published nothing beside the other relay").isZero();
            assertThat(pendingCopiesOf(id)).as("the row waits for whichever relay holds the lock").isEqualTo(1);

            try (PreparedStatement unlock = otherReplica.prepareStatement("select pg_advisory_unlock(?)")) {
                unlock.setLong(1, OutboxRelay.PUBLISHING_LOCK);
                unlock.execute();
            }
            Awaitility.await("published once the lock is free").atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(200)).until(() -> {
                        relay.drain();
                        return pendingCopiesOf(id) == 0;
                    });
        }
    }

    private long pendingCopiesOf(String evaluationId) {
        return Tenancy.asService(() -> QuarkusTransaction.requiringNew().call(() -> OutboxMessage
                .count("publishedAt is null and payload like ?1", "%" + evaluationId + "%")));
    }

    private static List<ConsumerRecord<String, String>> awaitCopies(ConsumerTask<String, String> consumer, String id,
            int copies) {
        return Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> consumer.getRecords().stream().filter(r -> r.value().contains(id)).toList(),
                        found -> found.size() >= copies);
    }
}
