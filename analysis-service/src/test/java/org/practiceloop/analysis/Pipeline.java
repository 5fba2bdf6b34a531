package org.practiceloop.analysis;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.awaitility.Awaitility;
import org.practiceloop.analysis.domain.AnalyzedEvaluation;
import org.practiceloop.common.tenant.Tenancy;

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

    /** The documented evaluation, held by this interviewer on this day, of this type, with these 1–4 ratings. */
    static ObjectNode session(String candidate, String interviewer, String interviewType, String date,
            Map<String, Integer> ratings) {
        ObjectNode event = ContractEvents.evaluationFor(candidate);
        ObjectNode data = (ObjectNode) event.get("data");
        ((ObjectNode) data.get("interviewer")).put("id", interviewer);
        data.put("sessionDate", date).put("interviewType", interviewType);
        ArrayNode scores = data.putArray("ratings");
        ratings.forEach((competency, score) -> scores.addObject().put("competency", competency).put("score", score)
                .put("notAssessed", false).putNull("note"));
        return event;
    }

    /** Publishes the events and waits until the service has stored each evaluation. */
    static void submitAndAwaitAnalysis(KafkaCompanion kafka, List<ObjectNode> events) {
        events.forEach(event -> submit(kafka, event));
        List<UUID> ids = events.stream().map(e -> UUID.fromString(e.at("/data/evaluationId").asText())).toList();
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> Tenancy.asService(() -> QuarkusTransaction.requiringNew()
                        .call(() -> AnalyzedEvaluation.count("evaluationId in ?1", ids))), n -> n == ids.size());
    }

    static JsonPath awaitPlanVersion(String candidate, int version) {
        return Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    var response = given().get("/api/v1/candidates/" + candidate + "/action-plan");
                    return response.statusCode() == 200 ? response.jsonPath() : null;
                }, plan -> plan != null && plan.getInt("version") == version);
    }
}
