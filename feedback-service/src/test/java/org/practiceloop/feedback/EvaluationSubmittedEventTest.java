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
import java.util.List;
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
