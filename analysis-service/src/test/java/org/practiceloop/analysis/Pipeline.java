package org.practiceloop.analysis;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.awaitility.Awaitility;

/** Feeding evaluations (and interviews) to the running service through the real broker, and waiting for their plans. */
final class Pipeline {

    private Pipeline() {
    }

    static void submit(KafkaCompanion kafka, ObjectNode event) {
        JsonNode candidate = event.at("/data/candidate/id").isMissingNode() ? event.at("/data/candidateId")
                : event.at("/data/candidate/id");
        String key = event.path("organizationId").asText() + "/" + candidate.asText();
        kafka.produceStrings().fromRecords(List.of(new ProducerRecord<>("evaluation-submitted", key, event.toString())))
                .awaitCompletion();
    }

    /** The documented evaluation again, a week later, from another partner. */
    static ObjectNode secondSessionFor(String candidate) {
        ObjectNode second = ContractEvents.evaluationFor(candidate);
        ((ObjectNode) second.get("data").get("interviewer")).put("id", "p-bob");
        ((ObjectNode) second.get("data")).put("sessionDate", "2026-03-09");
        return second;
    }

    static JsonPath awaitPlanVersion(String candidate, int version) {
        return Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    var response = given().get("/api/v1/candidates/" + candidate + "/action-plan");
                    return response.statusCode() == 200 ? response.jsonPath() : null;
                }, plan -> plan != null && plan.getInt("version") == version);
    }
}
