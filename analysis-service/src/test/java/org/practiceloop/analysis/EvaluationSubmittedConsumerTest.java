package org.practiceloop.analysis;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.practiceloop.analysis.domain.FeedbackItem;
import org.practiceloop.common.tenant.Tenancy;
import org.practiceloop.devinfra.TestApiKeys;

/** The consumer, on the real broker, fed the producer's real JSON. */
@QuarkusTest
class EvaluationSubmittedConsumerTest {

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Inject
    ObjectMapper mapper;

    @Test
    void anEvaluationBecomesAPlanAndAnActionPlanUpdatedEventAsDocumented() throws Exception {
        String candidate = "cand-" + UUID.randomUUID();
        publish(ContractEvents.evaluationFor(candidate));

        JsonPath plan = awaitPlanVersion(candidate, 1);
        assertThat(plan.getList("focusAreas.theme", String.class))
                .contains("problem_clarification", "testing_debugging");
        assertThat(plan.getList("focusAreas.evidence.quote").toString())
                .contains("Clarify the requirements before coding")
                .doesNotContain("role was frozen");
        assertThat(plan.getInt("shieldedItems")).isGreaterThanOrEqualTo(1);

        ConsumerRecord<String, String> record = awaitEvent("action-plan-updated", candidate);
        assertThat(record.key()).isEqualTo("default/" + candidate);
        JsonNode produced = mapper.readTree(record.value());
        assertThat(produced.path("data").path("planVersion").asInt()).isEqualTo(1);
        assertThat(produced.path("data").path("candidate").path("email").asText()).isEqualTo("ada@example.com");
        assertThat(produced.path("data").path("planUrl").asText())
                .matches("http://127\\.0\\.0\\.1:8082/plan\\?token=[\\w-]+\\.[\\w-]+");

        ObjectNode documented = ContractEvents.read(ContractEvents.ACTION_PLAN_UPDATED);
        assertThat(withVolatileValuesOf(documented, produced))
                .as("the producer's real JSON matches docs/events/action-plan-updated.v1.json")
                .isEqualTo(documented);
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        String candidate = "cand-" + UUID.randomUUID();
        ObjectNode event = ContractEvents.evaluationFor(candidate);
        publish(event);
        awaitPlanVersion(candidate, 1);
        long items = itemsOf(candidate);

        publish(event);
        publish(Pipeline.secondSessionFor(candidate));

        JsonPath plan = awaitPlanVersion(candidate, 2);
        assertThat(itemsOf(candidate)).as("the redelivery added no items").isEqualTo(2 * items);
        assertThat(plan.getList("focusAreas.status", String.class)).contains("recurring");
        assertThat(plan.getInt("focusAreas.find { it.theme == 'problem_clarification' }.sessions")).isEqualTo(2);
        assertThat(plan.getInt("focusAreas.find { it.theme == 'problem_clarification' }.partners")).isEqualTo(2);
    }

    /** The consumer acts as the event's organisation: one candidate id in two organisations is two candidates. */
    @Test
    void theSameCandidateIdInAnotherOrganisationIsAnotherCandidate() {
        String candidate = "cand-" + UUID.randomUUID();
        publish(ContractEvents.evaluationFor(candidate));
        awaitPlanVersion(candidate, 1);
        ObjectNode others = Pipeline.secondSessionFor(candidate);
        others.put("organizationId", "other");
        publish(others);

        JsonPath othersPlan = Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> given().header("Authorization", "Bearer " + TestApiKeys.OTHER_ORGANIZATION)
                        .get("/api/v1/candidates/" + candidate + "/action-plan"), r -> r.statusCode() == 200)
                .jsonPath();
        assertThat(othersPlan.getInt("version")).isEqualTo(1);
        assertThat(othersPlan.getInt("focusAreas.find { it.theme == 'problem_clarification' }.sessions")).isEqualTo(1);
        JsonPath ours = given().get("/api/v1/candidates/" + candidate + "/action-plan").jsonPath();
        assertThat(ours.getInt("version")).isEqualTo(1);
        assertThat(ours.getInt("focusAreas.find { it.theme == 'problem_clarification' }.sessions")).isEqualTo(1);
        assertThat(itemsOf(candidate)).as("both organisations' items, each stored under its own").isEqualTo(
                2 * Tenancy.asOrganization("other", () -> QuarkusTransaction.requiringNew()
                        .call(() -> FeedbackItem.count("candidateId", candidate))));
    }

    @Test
    void themesAndEveryPlanVersionAreServed() {
        String candidate = "cand-" + UUID.randomUUID();
        publish(ContractEvents.evaluationFor(candidate));
        awaitPlanVersion(candidate, 1);
        publish(Pipeline.secondSessionFor(candidate));
        awaitPlanVersion(candidate, 2);

        JsonPath themes = given().get("/api/v1/candidates/" + candidate + "/themes")
                .then().statusCode(200).extract().jsonPath();
        assertThat(themes.getString("themes.find { it.theme == 'problem_clarification' }.status")).isEqualTo("recurring");
        assertThat(themes.getInt("themes.find { it.theme == 'problem_clarification' }.sessions")).isEqualTo(2);
        assertThat(themes.getInt("themes.find { it.theme == 'problem_clarification' }.partners")).isEqualTo(2);
        assertThat(themes.getString("themes.find { it.theme == 'problem_clarification' }.lastSeen")).isEqualTo("2026-03-09");
        assertThat(themes.getList("themes.evidence.quote").toString())
                .contains("Clarify the requirements before coding")
                .doesNotContain("role was frozen");

        given().get("/api/v1/candidates/" + candidate + "/action-plan/versions/1")
                .then().statusCode(200).body("version", equalTo(1));
        given().get("/api/v1/candidates/" + candidate + "/action-plan/versions/2")
                .then().statusCode(200).body("version", equalTo(2));
        given().get("/api/v1/candidates/" + candidate + "/action-plan/versions/3")
                .then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/candidates/" + candidate + "/action-plan/versions/0")
                .then().statusCode(400).contentType("application/problem+json");
        given().get("/api/v1/candidates/nobody/themes")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void anUnreadableEventIsDeadLetteredAndThePartitionMovesOn() {
        String candidate = "cand-" + UUID.randomUUID();
        kafka.produceStrings().fromRecords(
                new ProducerRecord<>("evaluation-submitted", "default/" + candidate, "{not json " + candidate),
                new ProducerRecord<>("evaluation-submitted", "default/" + candidate,
                        ContractEvents.evaluationFor(candidate).toString()));

        ConsumerRecord<String, String> dead = awaitEvent("dead-letter-topic-evaluation-submitted", candidate);
        assertThat(new String(dead.headers().lastHeader("dead-letter-reason").value()))
                .startsWith("Not an event");
        awaitPlanVersion(candidate, 1);
    }

    @Test
    void anUnknownEventVersionIsDeadLettered() {
        String candidate = "cand-" + UUID.randomUUID();
        ObjectNode event = ContractEvents.evaluationFor(candidate);
        event.put("eventVersion", 99);
        publish(event);

        ConsumerRecord<String, String> dead = awaitEvent("dead-letter-topic-evaluation-submitted", candidate);
        assertThat(new String(dead.headers().lastHeader("dead-letter-reason").value()))
                .isEqualTo("Unsupported event EvaluationSubmitted v99");
    }

    @Test
    void anEventMissingRequiredFieldsIsDeadLetteredNamingThemButNoValue() {
        String candidate = "cand-" + UUID.randomUUID();
        ObjectNode event = ContractEvents.evaluationFor(candidate);
        ObjectNode data = (ObjectNode) event.get("data");
        data.remove("sessionDate");
        ((ObjectNode) data.get("interviewer")).putNull("id");
        publish(event);

        ConsumerRecord<String, String> dead = awaitEvent("dead-letter-topic-evaluation-submitted", candidate);
        assertThat(new String(dead.headers().lastHeader("dead-letter-reason").value()))
                .isEqualTo("EvaluationSubmitted is invalid at data.interviewer.id (NotNull), data.sessionDate (NotNull)");
        assertThat(itemsOf(candidate)).as("nothing of it was stored").isZero();
    }

    @Test
    void aCandidateWithoutAPlanIsAProblemNotFound() {
        given().when().get("/api/v1/candidates/nobody/action-plan")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }

    private void publish(ObjectNode event) {
        Pipeline.submit(kafka, event);
    }

    private static JsonPath awaitPlanVersion(String candidate, int version) {
        return Pipeline.awaitPlanVersion(candidate, version);
    }

    private ConsumerRecord<String, String> awaitEvent(String topic, String candidate) {
        ConsumerTask<String, String> consumer = kafka.consumeStrings().fromTopics(topic);
        try {
            return Awaitility.await().atMost(Duration.ofSeconds(30))
                    .until(() -> consumer.getRecords().stream()
                            .filter(r -> r.value().contains(candidate)).findFirst().orElse(null), r -> r != null);
        } finally {
            consumer.close();
        }
    }

    private static long itemsOf(String candidate) {
        return Tenancy.asService(
                () -> QuarkusTransaction.requiringNew().call(() -> FeedbackItem.count("candidateId", candidate)));
    }

    /** Ids, timestamps and the candidate id differ per run; the rest must match the contract exactly. */
    private static JsonNode withVolatileValuesOf(ObjectNode documented, JsonNode produced) {
        ObjectNode copy = produced.deepCopy();
        copy.set("eventId", documented.get("eventId"));
        copy.set("occurredAt", documented.get("occurredAt"));
        ObjectNode data = (ObjectNode) copy.get("data");
        // A re-check is due 14 days after the day the version was made, which the example cannot know.
        String recheckOn = LocalDate.ofInstant(Instant.parse(data.path("createdAt").asText()), ZoneOffset.UTC)
                .plusDays(14).toString();
        data.path("plan").path("focusAreas").forEach(area -> {
            assertThat(area.path("recheckOn").asText()).isEqualTo(recheckOn);
            ((ObjectNode) area).set("recheckOn", documented.at("/data/plan/focusAreas/0/recheckOn"));
        });
        data.set("createdAt", documented.path("data").get("createdAt"));
        data.set("planUrl", documented.path("data").get("planUrl")); // a fresh token each time
        ((ObjectNode) data.get("candidate")).set("id", documented.path("data").path("candidate").get("id"));
        JsonNode areas = documented.path("data").path("plan").path("focusAreas");
        for (int a = 0; a < areas.size() && a < data.path("plan").path("focusAreas").size(); a++) {
            JsonNode evidence = data.path("plan").path("focusAreas").get(a).path("evidence");
            for (int e = 0; e < evidence.size() && e < areas.get(a).path("evidence").size(); e++) {
                ((ObjectNode) evidence.get(e)).set("itemId", areas.get(a).path("evidence").get(e).get("itemId")); // a new id each time
            }
        }
        return copy;
    }
}
