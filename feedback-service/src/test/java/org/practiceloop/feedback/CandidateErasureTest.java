package org.practiceloop.feedback;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.practiceloop.common.tenant.Tenancy;
import org.practiceloop.devinfra.TestApiKeys;

/** DELETE /api/v1/candidates/{id}: the candidate's data goes from this service, and the erasure is announced as documented. */
@QuarkusTest
class CandidateErasureTest {

    static final Path CONTRACT_EXAMPLE = Path.of("../docs/events/candidate-erased.v1.json");

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Inject
    ObjectMapper mapper;

    @Inject
    EntityManager entityManager;

    @Test
    void erasingRemovesEvaluationsStoredAnswersAndPublishedCopiesThenAnnouncesIt() throws Exception {
        String candidate = "erase-" + UUID.randomUUID();
        String body = Evaluations.exampleWith("\"cand-42\"", "\"" + candidate + "\"");
        String id = given().contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(body).post("/api/v1/evaluations").then().statusCode(201).extract().path("id");
        // Amended twice: revisions 1 and 2 are kept beside the evaluation, and the amendment's answer under its key.
        for (String comment : new String[] {"First rephrasing.", "Second rephrasing."}) {
            given().contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                    .body(body.replace("The role was frozen this week, nothing to do with you.", comment))
                    .put("/api/v1/evaluations/" + id).then().statusCode(200);
        }
        assertThat(count("select count(*) from evaluation_revision where evaluation_id = '" + id + "'")).isEqualTo(2);
        Awaitility.await().atMost(Duration.ofSeconds(20))
                .until(() -> count("select count(*) from outbox_message where message_key = 'default/" + candidate
                        + "' and published_at is not null") == 3);

        // Another organisation's key erases nothing of this one's candidate.
        given().header("Authorization", "Bearer " + TestApiKeys.OTHER_ORGANIZATION)
                .delete("/api/v1/candidates/" + candidate).then().statusCode(202).body("evaluationsErased", equalTo(0));
        given().get("/api/v1/evaluations/" + id + "/revisions").then().statusCode(200).body("revisions.size()", equalTo(3));

        ConsumerTask<String, String> events = kafka.consumeStrings().fromTopics("evaluation-submitted");
        try {
            given().delete("/api/v1/candidates/" + candidate).then().statusCode(202)
                    .body("evaluationsErased", equalTo(1)).body("status", equalTo("erasing"));
            given().get("/api/v1/evaluations/" + id).then().statusCode(404);
            assertThat(count("select count(*) from evaluation where candidate_id = '" + candidate + "'")).isZero();
            assertThat(count("select count(*) from evaluation_revision where evaluation_id = '" + id + "' or candidate_id = '"
                    + candidate + "'")).as("every earlier revision goes too").isZero();
            given().get("/api/v1/evaluations/" + id + "/revisions").then().statusCode(404);
            assertThat(count("select count(*) from idempotency_key where response_location like '%" + id + "'")).isZero();
            assertThat(count("select count(*) from outbox_message where payload like '%ada@example.com%' and message_key = 'default/"
                    + candidate + "'")).as("no published copy of the evaluation is kept").isZero();

            ConsumerRecord<String, String> erased = Awaitility.await().atMost(Duration.ofSeconds(20))
                    .until(() -> events.getRecords().stream().filter(r -> r.value().contains("CandidateErased")
                            && ("default/" + candidate).equals(r.key())).findFirst().orElse(null), r -> r != null);
            ConsumerRecord<String, String> evaluation = events.getRecords().stream()
                    .filter(r -> r.value().contains(id)).reduce((first, later) -> later).orElseThrow();
            assertThat(evaluation.key()).isEqualTo(erased.key());
            assertThat(erased.partition()).as("the erasure follows the candidate's evaluations on their partition")
                    .isEqualTo(evaluation.partition());
            assertThat(erased.offset()).isGreaterThan(evaluation.offset());
            JsonNode documented = mapper.readTree(Files.readString(CONTRACT_EXAMPLE));
            ObjectNode produced = (ObjectNode) mapper.readTree(erased.value());
            produced.set("eventId", documented.get("eventId"));
            produced.set("occurredAt", documented.get("occurredAt"));
            ((ObjectNode) produced.get("data")).set("candidateId", documented.at("/data/candidateId"));
            ((ObjectNode) produced.get("data")).set("erasedAt", documented.at("/data/erasedAt"));
            assertThat(produced).as("the producer's real JSON matches docs/events/candidate-erased.v1.json")
                    .isEqualTo(documented);
        } finally {
            events.close();
        }
        given().delete("/api/v1/candidates/" + candidate).then().statusCode(202).body("evaluationsErased", equalTo(0));
        given().header("Authorization", "Bearer " + TestApiKeys.PLANS_READ_ONLY)
                .delete("/api/v1/candidates/" + candidate).then().statusCode(403);
    }

    private long count(String sql) {
        return Tenancy.asService(() -> QuarkusTransaction.requiringNew().call(() ->
                ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue()));
    }
}
