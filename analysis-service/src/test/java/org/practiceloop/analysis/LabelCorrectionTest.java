package org.practiceloop.analysis;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.practiceloop.common.tenant.Tenancy;
import org.practiceloop.devinfra.TestApiKeys;

/**
 * A coaching platform corrects an item's label: applied at once (a new plan version without the
 * item, its event in the outbox), kept with who, when, before, after and the model version, fed
 * back to the organisation's new items only, and undone by DELETE.
 */
@QuarkusTest
class LabelCorrectionTest {

    /** Distinctive, so the exemplar this test makes is close to no other test's text. */
    static final String QUOTE = "Your plan for sharding the kazoo ledger skipped how rebalancing moves the hot partitions.";

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Inject
    EntityManager entityManager;

    static ObjectNode evaluationWithQuote(String candidate) {
        ObjectNode event = ContractEvents.evaluationFor(candidate);
        ((ObjectNode) event.get("data")).put("improvements", "- Clarify the requirements before coding\n- " + QUOTE);
        return event;
    }

    static String itemIdOf(JsonPath plan, String quote) {
        return plan.getString("focusAreas.evidence.flatten().find { it.quote == '" + quote + "' }.itemId");
    }

    @Test
    void aCorrectionChangesThePlanIsKeptTeachesTheOrganisationAndIsUndone() {
        String candidate = "cand-" + UUID.randomUUID();
        Pipeline.submitAndAwaitAnalysis(kafka, List.of(evaluationWithQuote(candidate)));
        JsonPath first = Pipeline.awaitPlanVersion(candidate, 1);
        String itemId = itemIdOf(first, QUOTE);
        assertThat(itemId).as("the quote is evidence, with its item id").isNotNull();
        given().get("/api/v1/candidates/" + candidate + "/themes").then().statusCode(200)
                .body("themes.evidence.flatten().find { it.itemId == '" + itemId + "' }.labelSource", equalTo("model"));
        String theme = first.getString("focusAreas.find { it.evidence.any { e -> e.itemId == '" + itemId + "' } }.theme");

        try {
            given().contentType(ContentType.JSON).body(Map.of("label", "non_actionable", "reason", "external",
                            "note", "the ledger was the company's, not mine"))
                    .put("/api/v1/items/" + itemId + "/label").then().statusCode(200)
                    .body("itemId", equalTo(itemId)).body("correctedBy", matchesPattern("key:.+"))
                    .body("before.label", equalTo("constructive")).body("before.theme", equalTo(theme))
                    .body("before.source", equalTo("model"))
                    .body("after.label", equalTo("non_actionable")).body("after.reason", equalTo("external"))
                    .body("modelVersion", matchesPattern("all-minilm-l6-v2-q/[0-9a-f]{12}"));

            JsonPath second = Pipeline.awaitPlanVersion(candidate, 2);
            assertThat(itemIdOf(second, QUOTE)).as("the corrected item left the plan").isNull();
            assertThat(second.getInt("shieldedItems")).isEqualTo(first.getInt("shieldedItems") + 1);
            assertThat(outboxEventsOf("default", candidate)).as("an ActionPlanUpdated per version").isEqualTo(2);
            given().get("/api/v1/candidates/" + candidate + "/corrections").then().statusCode(200)
                    .body("corrections.size()", equalTo(1)).body("corrections[0].itemId", equalTo(itemId))
                    .body("corrections[0].note", equalTo("the ledger was the company's, not mine"))
                    .body("corrections[0].correctedAt", notNullValue()).body("corrections[0].undoneAt", equalTo(null));

            // Fed back: the organisation's new items like it take the corrected label, with its provenance ...
            classify(TestApiKeys.DEFAULT_ORGANIZATION).body("results[0].label", equalTo("non_actionable"))
                    .body("results[0].reason", equalTo("external")).body("results[0].source", equalTo("correction"));
            String next = "cand-" + UUID.randomUUID();
            Pipeline.submitAndAwaitAnalysis(kafka, List.of(evaluationWithQuote(next)));
            assertThat(itemIdOf(Pipeline.awaitPlanVersion(next, 1), QUOTE)).as("labelled as corrected").isNull();
            given().contentType(ContentType.JSON).body(Map.of("comments", QUOTE)).post("/api/v1/reviews").then()
                    .statusCode(200).body("items[0].labelSource", equalTo("correction"))
                    .body("items[0].shownToCandidate", equalTo(false));

            // ... and no other organisation's: its items, its classification and its review keep the model's.
            classify(TestApiKeys.OTHER_ORGANIZATION).body("results[0].label", equalTo("constructive"))
                    .body("results[0].source", equalTo("model"));
            ObjectNode others = evaluationWithQuote(candidate);
            others.put("organizationId", "other");
            Pipeline.submit(kafka, others);
            JsonPath othersPlan = Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                    .until(() -> asOther().get("/api/v1/candidates/" + candidate + "/action-plan"),
                            r -> r.statusCode() == 200).jsonPath();
            assertThat(itemIdOf(othersPlan, QUOTE)).as("the other organisation's item keeps the model's label").isNotNull();
            asOther().contentType(ContentType.JSON).body(Map.of("comments", QUOTE)).post("/api/v1/reviews").then()
                    .statusCode(200).body("items[0].labelSource", equalTo("model"));
            // Nor may it touch this organisation's item.
            asOther().contentType(ContentType.JSON).body(Map.of("label", "constructive", "theme", "communication"))
                    .put("/api/v1/items/" + itemId + "/label").then().statusCode(404)
                    .contentType("application/problem+json");
            asOther().delete("/api/v1/items/" + itemId + "/label").then().statusCode(404);
        } finally {
            given().delete("/api/v1/items/" + itemId + "/label").then().statusCode(204);
        }

        JsonPath third = Pipeline.awaitPlanVersion(candidate, 3);
        assertThat(itemIdOf(third, QUOTE)).as("undone: the item is back").isEqualTo(itemId);
        given().get("/api/v1/candidates/" + candidate + "/corrections").then()
                .body("corrections[0].undoneAt", notNullValue()).body("corrections[0].undoneBy", matchesPattern("key:.+"));
        classify(TestApiKeys.DEFAULT_ORGANIZATION).body("results[0].source", equalTo("model"));
        given().delete("/api/v1/items/" + itemId + "/label").then().statusCode(404);
    }

    @Test
    void badLabelsAreProblemsNamingTheAllowedValues() {
        String candidate = "cand-" + UUID.randomUUID();
        Pipeline.submitAndAwaitAnalysis(kafka, List.of(ContractEvents.evaluationFor(candidate)));
        String itemId = itemIdOf(Pipeline.awaitPlanVersion(candidate, 1), "Clarify the requirements before coding");
        String url = "/api/v1/items/" + itemId + "/label";

        put(url, Map.of("label", "wrong")).statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("label"))
                .body("errors[0].message", equalTo("must be one of constructive, non_actionable"));
        put(url, Map.of("label", "constructive", "theme", "juggling")).statusCode(400)
                .body("errors[0].field", equalTo("theme")).body("errors[0].message", containsString("problem_clarification"));
        put(url, Map.of("label", "constructive")).statusCode(400).body("errors[0].field", equalTo("theme"));
        put(url, Map.of("label", "non_actionable", "reason", "bad luck")).statusCode(400)
                .body("errors[0].field", equalTo("reason")).body("errors[0].message", containsString("external, vague"));
        put(url, Map.of("label", "non_actionable", "reason", "vague", "theme", "communication")).statusCode(400)
                .body("errors[0].field", equalTo("theme"));
        put("/api/v1/items/" + UUID.randomUUID() + "/label", Map.of("label", "non_actionable", "reason", "vague"))
                .statusCode(404);
        given().header("Authorization", "Bearer " + TestApiKeys.PLANS_READ_ONLY).contentType(ContentType.JSON)
                .body(Map.of("label", "non_actionable", "reason", "vague")).put(url).then().statusCode(403);
        given().get("/api/v1/candidates/" + candidate + "/corrections").then().statusCode(200)
                .body("corrections.size()", equalTo(0));
        assertThat(Pipeline.awaitPlanVersion(candidate, 1).getInt("version")).as("nothing changed").isEqualTo(1);
    }

    private static io.restassured.response.ValidatableResponse put(String url, Map<String, String> body) {
        return given().contentType(ContentType.JSON).body(body).put(url).then();
    }

    private static io.restassured.response.ValidatableResponse classify(String key) {
        return given().header("Authorization", "Bearer " + key).contentType(ContentType.JSON)
                .body(Map.of("texts", List.of(QUOTE))).post("/api/v1/classify").then().statusCode(200);
    }

    private static io.restassured.specification.RequestSpecification asOther() {
        return given().header("Authorization", "Bearer " + TestApiKeys.OTHER_ORGANIZATION);
    }

    private long outboxEventsOf(String organization, String candidate) {
        return Tenancy.asService(() -> QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from outbox_message where message_key = ?1 and topic = 'action-plan-updated'")
                .setParameter(1, organization + "/" + candidate).getSingleResult()).longValue()));
    }
}
