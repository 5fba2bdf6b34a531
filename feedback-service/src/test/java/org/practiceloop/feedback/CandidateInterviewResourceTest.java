package org.practiceloop.feedback;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.practiceloop.common.tenant.Tenancy;
import org.practiceloop.devinfra.TestApiKeys;

/** POST, GET and DELETE /api/v1/candidates/{candidateId}/interviews: stored, published as documented, idempotent. */
@QuarkusTest
class CandidateInterviewResourceTest {

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Inject
    ObjectMapper mapper;

    @Inject
    EntityManager entityManager;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void aLoggedInterviewIsListedPublishedAsDocumentedAndItsDeletionToo() throws Exception {
        String candidate = "real-" + UUID.randomUUID();
        ConsumerTask<String, String> events = kafka.consumeStrings().fromTopics("evaluation-submitted");
        try {
            Response logged = Interviews.log(candidate, Interviews.example());
            logged.then().statusCode(201).body("candidateId", equalTo(candidate))
                    .body("stage", equalTo("technical")).body("outcome", equalTo("rejected"))
                    .body("feedback", containsString("A/B testing knowledge"));
            String id = logged.path("id");
            assertThat(logged.header("Location")).endsWith("/api/v1/candidates/" + candidate + "/interviews/" + id);
            given().get("/api/v1/candidates/" + candidate + "/interviews").then().statusCode(200)
                    .body("id", equalTo(java.util.List.of(id))).body("[0].company", equalTo("Northwind"));

            assertMatchesContract(awaitEvent(events, candidate, "InterviewLogged"), Interviews.LOGGED_EXAMPLE,
                    "interviewId", "candidateId", "loggedAt");

            given().delete("/api/v1/candidates/" + candidate + "/interviews/" + id).then().statusCode(204);
            given().get("/api/v1/candidates/" + candidate + "/interviews").then().statusCode(200).body("$", empty());
            given().delete("/api/v1/candidates/" + candidate + "/interviews/" + id).then().statusCode(404)
                    .contentType("application/problem+json");
            assertMatchesContract(awaitEvent(events, candidate, "InterviewDeleted"), Interviews.DELETED_EXAMPLE,
                    "interviewId", "candidateId", "deletedAt");
        } finally {
            events.close();
        }
    }

    @Test
    void aRetryWithTheSameKeyGetsTheFirstAnswerAndStoresOneInterview() {
        String candidate = "real-" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        Response first = logWithKey(candidate, key, Interviews.example());
        first.then().statusCode(201);
        logWithKey(candidate, key, Interviews.example()).then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(first.path("id")));
        assertThat(count("select count(*) from interview where candidate_id = '" + candidate + "'")).isEqualTo(1);

        // The same body for another candidate is another request.
        logWithKey("other-" + candidate, key, Interviews.example()).then().statusCode(422);
    }

    @Test
    void badValuesAreNamedAndNothingIsStored() {
        String candidate = "bad-" + UUID.randomUUID();
        Interviews.log(candidate, Interviews.example().put("stage", "phone")).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("stage"))
                .body("errors[0].message", containsString("screen, technical, onsite, final"));
        Interviews.log(candidate, Interviews.example().put("outcome", "ghosted")).then().statusCode(400)
                .body("errors[0].field", equalTo("outcome"))
                .body("errors[0].message", containsString("offer, rejected, withdrew, pending"));
        String nextMonth = LocalDate.now(ZoneOffset.UTC).plusMonths(1).toString();
        Interviews.log(candidate, Interviews.example().put("interviewDate", nextMonth)).then().statusCode(400)
                .body("errors[0].field", equalTo("interviewDate"));
        Interviews.log(candidate, Interviews.example().put("feedback", "x".repeat(10_001))).then().statusCode(413)
                .contentType("application/problem+json").body("errors[0].field", equalTo("feedback"));
        Interviews.log(candidate, Interviews.example().put("role", " ")).then().statusCode(400)
                .body("errors[0].field", containsString("role"));
        assertThat(count("select count(*) from interview where candidate_id = '" + candidate + "'")).isZero();

        // An interview still waiting for its answer may lie ahead.
        Interviews.log(candidate, Interviews.example().put("interviewDate", nextMonth).put("outcome", "pending")
                .putNull("feedback")).then().statusCode(201).body("outcome", equalTo("pending"));
    }

    @Test
    void anotherOrganisationNeitherSeesNorDeletesThem() {
        String candidate = "iso-" + UUID.randomUUID();
        String id = Interviews.log(candidate, Interviews.example()).then().statusCode(201).extract().path("id");
        given().header("Authorization", "Bearer " + TestApiKeys.OTHER_ORGANIZATION)
                .get("/api/v1/candidates/" + candidate + "/interviews").then().statusCode(200).body("$", empty());
        given().header("Authorization", "Bearer " + TestApiKeys.OTHER_ORGANIZATION)
                .delete("/api/v1/candidates/" + candidate + "/interviews/" + id).then().statusCode(404);
        given().header("Authorization", "Bearer " + TestApiKeys.PLANS_READ_ONLY).contentType(ContentType.JSON)
                .body(Interviews.example().toString()).post("/api/v1/candidates/" + candidate + "/interviews")
                .then().statusCode(403);
        given().get("/api/v1/candidates/" + candidate + "/interviews").then().statusCode(200).body("$", hasSize(1));
    }

    @Test
    void erasingTheCandidateRemovesTheirInterviewsAndTheirStoredAnswers() {
        String candidate = "erase-" + UUID.randomUUID();
        String id = logWithKey(candidate, UUID.randomUUID().toString(), Interviews.example())
                .then().statusCode(201).extract().path("id");
        given().delete("/api/v1/candidates/" + candidate).then().statusCode(202);
        given().get("/api/v1/candidates/" + candidate + "/interviews").then().statusCode(200).body("$", empty());
        assertThat(count("select count(*) from interview where candidate_id = '" + candidate + "'")).isZero();
        assertThat(count("select count(*) from idempotency_key where response_location like '%" + id + "'")).isZero();
        assertThat(count("select count(*) from outbox_message where payload like '%" + id + "%'")).isZero();
    }

    private static Response logWithKey(String candidate, String key, ObjectNode body) {
        return given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body.toString())
                .post("/api/v1/candidates/" + candidate + "/interviews");
    }

    private static ConsumerRecord<String, String> awaitEvent(ConsumerTask<String, String> events, String candidate,
            String type) {
        return Awaitility.await().atMost(Duration.ofSeconds(20))
                .until(() -> events.getRecords().stream().filter(r -> ("default/" + candidate).equals(r.key())
                        && r.value().contains("\"" + type + "\"")).findFirst().orElse(null), r -> r != null);
    }

    /** The producer's real JSON equals the documented example but for ids and timestamps. */
    private void assertMatchesContract(ConsumerRecord<String, String> record, Path example, String... volatileData)
            throws Exception {
        JsonNode documented = mapper.readTree(Files.readString(example));
        ObjectNode produced = (ObjectNode) mapper.readTree(record.value());
        produced.set("eventId", documented.get("eventId"));
        produced.set("occurredAt", documented.get("occurredAt"));
        for (String field : volatileData) {
            ((ObjectNode) produced.get("data")).set(field, documented.path("data").get(field));
        }
        assertThat(produced).as("the producer's real JSON matches " + example).isEqualTo(documented);
    }

    private long count(String sql) {
        return Tenancy.asService(() -> QuarkusTransaction.requiringNew().call(() ->
                ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue()));
    }
}
