package org.practiceloop.feedback;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** An accepted evaluation reaches the real broker as the documented EvaluationSubmitted event. */
@QuarkusTest
class EvaluationSubmittedEventTest {

    /** The contract's example, which the analysis-service's tests replay to their consumer. */
    static final Path CONTRACT_EXAMPLE = Path.of("../docs/events/evaluation-submitted.v1.json");

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Inject
    ObjectMapper mapper;

    @Test
    void anAcceptedEvaluationIsPublishedKeyedByCandidateAsDocumented() throws Exception {
        // With the documented focus checks; analysis-service is unreachable here, so they are taken as given.
        String id = given().contentType(ContentType.JSON).body(FocusChecksTest.withChecks("cand-42", Evaluations.withInterviewerEmail("anna@example.com"), """
                        , "focusChecks": [{"theme": "problem_clarification", "progress": "same",
                                           "note": "Still started coding before asking about the input size"},
                                          {"theme": "testing_debugging", "progress": "not_observed"}]}"""))
                .when().post("/api/v1/evaluations")
                .then().statusCode(201)
                .extract().path("id");

        ConsumerTask<String, String> consumer = kafka.consumeStrings().fromTopics("evaluation-submitted");
        ConsumerRecord<String, String> record = Awaitility.await().atMost(Duration.ofSeconds(20))
                .until(() -> consumer.getRecords().stream()
                        .filter(r -> r.value().contains(id)).findFirst().orElse(null), r -> r != null);
        consumer.close();

        assertThat(record.key()).isEqualTo("default/cand-42");
        JsonNode event = mapper.readTree(record.value());
        assertThat(event.path("data").path("evaluationId").asText()).isEqualTo(id);

        assertThat(Instant.parse(event.at("/data/amendableUntil").asText()))
                .as("amendableUntil is submittedAt + practiceloop.amend.window (7 days)")
                .isEqualTo(Instant.parse(event.at("/data/submittedAt").asText()).plus(Duration.ofDays(7)));

        JsonNode documented = mapper.readTree(Files.readString(CONTRACT_EXAMPLE));
        assertThat(withVolatileValuesOf(documented, event))
                .as("the producer's real JSON matches docs/events/evaluation-submitted.v1.json")
                .isEqualTo(documented);
    }

    @Test
    void concurrentSubmissionsCommittedTogetherAreEachStoredAndPublishedOnce() throws Exception {
        // Enough at once that the group commit stores several in one transaction.
        int count = 24;
        ExecutorService clients = Executors.newFixedThreadPool(count);
        List<Future<String>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                String candidate = "\"cand-group-" + UUID.randomUUID() + "\"";
                answers.add(clients.submit(() -> given().contentType(ContentType.JSON)
                        .body(Evaluations.exampleWith("\"cand-42\"", candidate))
                        .when().post("/api/v1/evaluations")
                        .then().statusCode(201).extract().<String>path("id")));
            }
            Set<String> ids = new HashSet<>();
            for (Future<String> answer : answers) {
                ids.add(answer.get(30, TimeUnit.SECONDS));
            }
            assertThat(ids).as("one distinct evaluation per request").hasSize(count);
            ids.forEach(id -> given().when().get("/api/v1/evaluations/" + id).then().statusCode(200));

            ConsumerTask<String, String> consumer = kafka.consumeStrings().fromTopics("evaluation-submitted");
            try {
                Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(ids)
                        .allMatch(id -> consumer.getRecords().stream().anyMatch(r -> r.value().contains(id))));
                assertThat(ids).as("each event once").allMatch(id -> consumer.getRecords().stream()
                        .filter(r -> r.value().contains(id)).count() == 1);
            } finally {
                consumer.close();
            }
        } finally {
            clients.shutdownNow();
        }
    }

    /** Ids and timestamps differ on every run; everything else must match the contract exactly. */
    static JsonNode withVolatileValuesOf(JsonNode documented, JsonNode produced) {
        ObjectNode copy = produced.deepCopy();
        copy.set("eventId", documented.get("eventId"));
        copy.set("occurredAt", documented.get("occurredAt"));
        ((ObjectNode) copy.get("data")).set("evaluationId", documented.path("data").get("evaluationId"));
        for (String instant : List.of("submittedAt", "amendableUntil", "revisedAt")) {
            if (produced.path("data").has(instant)) {
                ((ObjectNode) copy.get("data")).set(instant, documented.path("data").get(instant));
            }
        }
        return copy;
    }
}
