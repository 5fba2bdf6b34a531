package org.practiceloop.feedback;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.practiceloop.common.tenant.Tenancy;
import org.practiceloop.devinfra.TestApiKeys;

/** PUT /api/v1/evaluations/{id} and GET …/revisions: amending keeps every revision and publishes EvaluationRevised. */
@QuarkusTest
class EvaluationAmendTest {

    static final Path CONTRACT_EXAMPLE = Path.of("../docs/events/evaluation-revised.v1.json");
    private static final String ORIGINAL_COMMENT = "The role was frozen this week, nothing to do with you.";
    private static final String AMENDED_COMMENT = "Say the complexity of each approach before choosing one.";

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Inject
    ObjectMapper mapper;

    @Inject
    EntityManager entityManager;

    @Test
    void anAmendmentIsTheNextRevisionAndTheEarlierOneIsKept() {
        String candidate = "amend-" + UUID.randomUUID();
        String id = submit(candidate);
        ExtractableResponse<Response> amended = amend(id, amendedBody(candidate), null)
                .then().statusCode(200).contentType(ContentType.JSON)
                .header("Content-Location", containsString("/api/v1/evaluations/" + id))
                .body("id", equalTo(id)).body("revision", equalTo(2)).body("comments", equalTo(AMENDED_COMMENT))
                .body("interviewer.email", equalTo("anna@example.com"))
                .extract();
        assertThat(Instant.parse(amended.path("revisedAt")))
                .isAfter(Instant.parse(amended.path("submittedAt")))
                .isBefore(Instant.parse(amended.path("amendableUntil")));

        given().get("/api/v1/evaluations/" + id).then().statusCode(200)
                .body("revision", equalTo(2)).body("comments", equalTo(AMENDED_COMMENT))
                .body("submittedAt", equalTo(amended.path("submittedAt")));
        given().get("/api/v1/evaluations/" + id + "/revisions").then().statusCode(200)
                .body("evaluationId", equalTo(id))
                .body("revisions", hasSize(2))
                .body("revisions[0].revision", equalTo(1)).body("revisions[0].comments", equalTo(ORIGINAL_COMMENT))
                .body("revisions[0].interviewer.email", equalTo(null))
                .body("revisions[0].revisedAt", equalTo(amended.path("submittedAt")))
                .body("revisions[1].revision", equalTo(2)).body("revisions[1].comments", equalTo(AMENDED_COMMENT));

        amend(id, amendedBody(candidate).replace(AMENDED_COMMENT, "Third take."), null).then().statusCode(200)
                .body("revision", equalTo(3));
        given().get("/api/v1/evaluations/" + id + "/revisions").then().statusCode(200)
                .body("revisions.revision", org.hamcrest.Matchers.contains(1, 2, 3))
                .body("revisions.comments", org.hamcrest.Matchers.contains(ORIGINAL_COMMENT, AMENDED_COMMENT, "Third take."));
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyStoresOneRevision() {
        String candidate = "amend-" + UUID.randomUUID();
        String id = submit(candidate);
        String key = UUID.randomUUID().toString();
        String first = amend(id, amendedBody(candidate), key).then().statusCode(200)
                .header("Idempotent-Replayed", equalTo(null)).extract().asString();
        String retry = amend(id, amendedBody(candidate), key).then().statusCode(200)
                .header("Idempotent-Replayed", equalTo("true"))
                .header("Content-Location", containsString("/api/v1/evaluations/" + id)).extract().asString();
        assertThat(retry).isEqualTo(first);
        amend(id, amendedBody(candidate).replace(AMENDED_COMMENT, "Another text."), key).then().statusCode(422);
        given().get("/api/v1/evaluations/" + id + "/revisions").then().body("revisions", hasSize(2));
        assertThat(count("select count(*) from outbox_message where payload like '%EvaluationRevised%' and payload like '%"
                + id + "%'")).as("one EvaluationRevised for the retried amendment").isEqualTo(1);
    }

    @Test
    void anotherOrganisationCannotAmendOrReadTheRevisions() {
        String candidate = "amend-" + UUID.randomUUID();
        String id = submit(candidate);
        given().header("Authorization", "Bearer " + TestApiKeys.OTHER_ORGANIZATION).contentType(ContentType.JSON)
                .body(amendedBody(candidate)).put("/api/v1/evaluations/" + id)
                .then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", "Bearer " + TestApiKeys.OTHER_ORGANIZATION)
                .get("/api/v1/evaluations/" + id + "/revisions").then().statusCode(404);
        given().header("Authorization", "Bearer " + TestApiKeys.PLANS_READ_ONLY).contentType(ContentType.JSON)
                .body(amendedBody(candidate)).put("/api/v1/evaluations/" + id).then().statusCode(403);
        amend(UUID.randomUUID().toString(), amendedBody(candidate), null).then().statusCode(404);
        given().get("/api/v1/evaluations/" + id).then().body("revision", equalTo(1))
                .body("comments", equalTo(ORIGINAL_COMMENT));
    }

    @Test
    void pastTheDeadlineTheAnswerIs409NamingIt() {
        String candidate = "amend-" + UUID.randomUUID();
        String id = submit(candidate);
        // As if submitted eight days ago: the deadline is fixed at submission, so moving it is moving time.
        Instant deadline = Instant.parse("2026-01-09T10:00:00Z");
        Tenancy.asService(() -> QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                        "update evaluation set amendable_until = ?1 where id = ?2")
                .setParameter(1, deadline).setParameter(2, UUID.fromString(id)).executeUpdate()));

        amend(id, amendedBody(candidate), UUID.randomUUID().toString()).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:practiceloop:problem:amend-window-closed"))
                .body("status", equalTo(409))
                .body("amendableUntil", equalTo("2026-01-09T10:00:00Z"))
                .body("detail", containsString("2026-01-09T10:00:00Z"));
        given().get("/api/v1/evaluations/" + id + "/revisions").then().body("revisions", hasSize(1));
    }

    @Test
    void aBadBodyIs400NamingTheFieldAndStoresNothing() {
        String candidate = "amend-" + UUID.randomUUID();
        String id = submit(candidate);
        amend(id, amendedBody(candidate).replace("anna@example.com", "anna-at-example"), null).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("interviewer.email"));
        amend(id, amendedBody(candidate).replace("\"score\": 3", "\"score\": 7"), null).then().statusCode(400)
                .body("errors[0].field", equalTo("ratings[1].score"));
        amend(id, amendedBody(candidate).replace("\"recommendation\"", "\"recommendations\""), null).then()
                .statusCode(400).body("errors[0].field", equalTo("recommendations"));
        amend(id, "{\"candidate\": ", null).then().statusCode(400).contentType("application/problem+json");
        amend(id, amendedBody(candidate).replace("\"recommendation\"",
                "\"focusChecks\": [{\"theme\": \"charisma\", \"progress\": \"improved\"}], \"recommendation\""), null)
                .then().statusCode(400).body("errors[0].field", equalTo("focusChecks[0].theme"));
        amend(id, amendedBody(candidate).replace("\"comments\": \"" + AMENDED_COMMENT + "\"",
                "\"comments\": \"" + "x".repeat(5001) + "\""), null).then().statusCode(400)
                .body("errors[0].field", equalTo("comments"));
        given().get("/api/v1/evaluations/" + id).then().body("revision", equalTo(1));
    }

    @Test
    void theCandidateCannotChange() {
        String candidate = "amend-" + UUID.randomUUID();
        String id = submit(candidate);
        amend(id, amendedBody("someone-else"), UUID.randomUUID().toString()).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("candidate.id"))
                .body("errors[0].message", containsString(candidate));
        given().get("/api/v1/evaluations/" + id + "/revisions").then().body("revisions", hasSize(1));
    }

    @Test
    void theRevisionIsPublishedOnTheCandidatesPartitionAsDocumented() throws Exception {
        String candidate = "amend-" + UUID.randomUUID();
        ConsumerTask<String, String> events = kafka.consumeStrings().fromTopics("evaluation-submitted");
        try {
            String id = submit(candidate);
            // As the example has it: the comment about the frozen role withdrawn.
            amend(id, amendedBody(candidate).replace("\"" + AMENDED_COMMENT + "\"", "null"), null).then().statusCode(200);
            ConsumerRecord<String, String> revised = Awaitility.await().atMost(Duration.ofSeconds(20))
                    .until(() -> events.getRecords().stream().filter(r -> r.value().contains("EvaluationRevised")
                            && r.value().contains(id)).findFirst().orElse(null), r -> r != null);
            ConsumerRecord<String, String> submitted = events.getRecords().stream()
                    .filter(r -> r.value().contains("EvaluationSubmitted") && r.value().contains(id))
                    .findFirst().orElseThrow();
            assertThat(revised.key()).isEqualTo("default/" + candidate).isEqualTo(submitted.key());
            assertThat(revised.partition()).isEqualTo(submitted.partition());
            assertThat(revised.offset()).isGreaterThan(submitted.offset());

            JsonNode event = mapper.readTree(revised.value());
            JsonNode original = mapper.readTree(submitted.value());
            assertThat(event.at("/data/revision").asInt()).isEqualTo(2);
            assertThat(event.at("/data/submittedAt")).isEqualTo(original.at("/data/submittedAt"));
            assertThat(event.at("/data/amendableUntil")).isEqualTo(original.at("/data/amendableUntil"));
            assertThat(event.at("/data/comments").isNull()).isTrue();
            assertThat(Instant.parse(event.at("/data/revisedAt").asText()))
                    .isAfter(Instant.parse(event.at("/data/submittedAt").asText()));

            JsonNode documented = mapper.readTree(Files.readString(CONTRACT_EXAMPLE));
            JsonNode produced = EvaluationSubmittedEventTest.withVolatileValuesOf(documented, event);
            ((ObjectNode) produced.at("/data/candidate")).put("id", documented.at("/data/candidate/id").asText());
            assertThat(produced).as("the producer's real JSON matches docs/events/evaluation-revised.v1.json")
                    .isEqualTo(documented);
        } finally {
            events.close();
        }
    }

    private static String submit(String candidate) {
        return given().contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Evaluations.exampleWith("\"cand-42\"", "\"" + candidate + "\""))
                .post("/api/v1/evaluations").then().statusCode(201).body("revision", equalTo(1))
                .extract().path("id");
    }

    private static Response amend(String id, String body, String idempotencyKey) {
        var request = given().contentType(ContentType.JSON).body(body);
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return request.put("/api/v1/evaluations/" + id);
    }

    /** The example, rephrased as the revised event's example has it, with the partner's email. */
    private static String amendedBody(String candidate) {
        return Evaluations.withInterviewerEmail("anna@example.com")
                .replace("\"cand-42\"", "\"" + candidate + "\"")
                .replace("Not convincing overall.", "Interrupted me twice while I was explaining the approach; "
                        + "let the interviewer finish before answering.")
                .replace("\"comments\": \"" + ORIGINAL_COMMENT + "\"", "\"comments\": \"" + AMENDED_COMMENT + "\"");
    }

    private long count(String sql) {
        return Tenancy.asService(() -> QuarkusTransaction.requiringNew().call(() ->
                ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue()));
    }
}
