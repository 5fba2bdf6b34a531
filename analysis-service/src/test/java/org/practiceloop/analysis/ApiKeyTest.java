package org.practiceloop.analysis;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.practiceloop.devinfra.TestApiKeys;

/**
 * Keys reach this service only through the api-keys topic (feedback-service's real JSON, as
 * documented): a new key works within seconds, a revoked one stops; and one organisation's key
 * never reaches another's candidates.
 */
@QuarkusTest
class ApiKeyTest {

    private static final Path CONTRACT_EXAMPLE = Path.of("../docs/events/api-key-changed.v1.json");

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Test
    void aKeyFromTheTopicWorksWithinSecondsAndARevokedOneStops() {
        String keyId = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String key = "pl_" + keyId + "_" + "k".repeat(43);
        publish(keyId, key, false);
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .until(() -> given().header("Authorization", "Bearer " + key)
                        .get("/api/v1/candidates/nobody/themes").statusCode() == 404);

        publish(keyId, key, true);
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .until(() -> given().header("Authorization", "Bearer " + key)
                        .get("/api/v1/candidates/nobody/themes").statusCode() == 401);
    }

    @Test
    void anotherOrganisationsKeySeesNothingOfThisOne() {
        String candidate = "cand-" + UUID.randomUUID();
        Pipeline.submit(kafka, ContractEvents.evaluationFor(candidate));
        Pipeline.awaitPlanVersion(candidate, 1);

        for (String path : List.of("/themes", "/action-plan", "/action-plan/versions/1")) {
            given().header("Authorization", "Bearer " + TestApiKeys.OTHER_ORGANIZATION)
                    .get("/api/v1/candidates/" + candidate + path)
                    .then().statusCode(404).contentType("application/problem+json")
                    .body(not(containsString("Clarify")));
        }
        given().header("Authorization", "Bearer " + TestApiKeys.PLANS_READ_ONLY)
                .get("/api/v1/candidates/" + candidate + "/themes").then().statusCode(200);
        given().header("Authorization", "Bearer " + TestApiKeys.PLANS_READ_ONLY).contentType(ContentType.JSON)
                .body(Map.of("texts", List.of("Test the edge cases"))).post("/api/v1/classify")
                .then().statusCode(403).body("detail", equalTo("This API key lacks the scope evaluations:write."));
        given().header("Authorization", "").get("/api/v1/candidates/" + candidate + "/themes")
                .then().statusCode(401);
    }

    private void publish(String keyId, String key, boolean revoked) {
        ObjectNode event = ContractEvents.read(CONTRACT_EXAMPLE);
        event.put("eventId", UUID.randomUUID().toString()).put("organizationId", "default");
        ((ObjectNode) event.get("data")).put("keyId", keyId).put("organizationId", "default")
                .put("keyHash", TestApiKeys.sha256(key)).put("revoked", revoked)
                .put("changedAt", Instant.now().toString());
        kafka.produceStrings().fromRecords(List.of(new ProducerRecord<>("api-keys", keyId, event.toString())))
                .awaitCompletion();
    }
}
