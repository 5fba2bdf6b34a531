package org.practiceloop.analysis;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.practiceloop.analysis.domain.FeedbackItem;
import org.practiceloop.analysis.domain.Label;
import org.practiceloop.analysis.domain.Reason;
import org.practiceloop.common.tenant.Tenancy;
import org.practiceloop.devinfra.TestApiKeys;

/**
 * The organisation's view of its interviewers, over evaluations fed through the real broker. Only
 * this test submits "ml" sessions, so the organisation's means for that type are the ones below.
 */
@QuarkusTest
class InterviewersResourceTest {

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Test
    void anInterviewersFeedbackByMonthAndTheirRatingsAgainstTheOrganisations() {
        String anna = "iv-anna-" + UUID.randomUUID();
        String bob = "iv-bob-" + UUID.randomUUID();
        List<ObjectNode> sessions = List.of(
                Pipeline.session("c-" + UUID.randomUUID(), anna, "ml", "2025-03-04", Map.of("communication", 2, "ml", 3)),
                Pipeline.session("c-" + UUID.randomUUID(), anna, "ml", "2025-04-08", Map.of("communication", 4)),
                Pipeline.session("c-" + UUID.randomUUID(), bob, "ml", "2025-04-09", Map.of("communication", 1)));
        Pipeline.submitAndAwaitAnalysis(kafka, sessions);

        given().get("/api/v1/interviewers").then().statusCode(200)
                .body("interviewers.find { it.interviewerId == '" + anna + "' }.evaluations", equalTo(2))
                .body("interviewers.find { it.interviewerId == '" + anna + "' }.lastSession", equalTo("2025-04-08"))
                .body("interviewers.find { it.interviewerId == '" + bob + "' }.evaluations", equalTo(1));

        JsonPath quality = given().header("Authorization", "Bearer " + TestApiKeys.PLANS_READ_ONLY)
                .get("/api/v1/interviewers/" + anna + "/feedback-quality")
                .then().statusCode(200).extract().jsonPath();
        List<FeedbackItem> items = storedItemsOf(sessions.subList(0, 2));
        long shown = items.stream().filter(i -> i.label == Label.CONSTRUCTIVE).count();
        assertThat(quality.getString("interviewerId")).isEqualTo(anna);
        assertThat(quality.getInt("total.evaluations")).isEqualTo(2);
        assertThat(quality.getInt("total.items")).isEqualTo(items.size()).isPositive();
        assertThat(quality.getInt("total.shown")).isEqualTo(shown).isPositive();
        assertThat(quality.getDouble("total.shareShown"))
                .isCloseTo((double) shown / items.size(), org.assertj.core.data.Offset.offset(0.001));
        for (Reason reason : Reason.values()) {
            assertThat(quality.getInt("total.shielded." + reason)).as(reason.toString())
                    .isEqualTo((int) items.stream().filter(i -> i.reason == reason).count());
        }
        assertThat(quality.getInt("total.shielded.external")).as("the frozen role").isPositive();
        assertThat(quality.getList("byMonth.month", String.class)).containsExactly("2025-03", "2025-04");
        assertThat(quality.getList("byMonth.figures.evaluations", Integer.class)).containsExactly(1, 1);
        assertThat(quality.getList("byMonth.figures.items", Integer.class).stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(items.size());

        assertThat(quality.getList("calibration", Map.class)).containsExactly(
                Map.of("interviewType", "ml", "competency", "communication", "interviewerMean", 3.0f,
                        "interviewerEvaluations", 2, "organizationMean", 2.33f, "organizationEvaluations", 3),
                Map.of("interviewType", "ml", "competency", "ml", "interviewerMean", 3.0f,
                        "interviewerEvaluations", 1, "organizationMean", 3.0f, "organizationEvaluations", 1));
    }

    @Test
    void anotherOrganisationsInterviewerIsNotFoundAndNotListed() {
        String carol = "iv-carol-" + UUID.randomUUID();
        ObjectNode theirs = Pipeline.session("c-" + UUID.randomUUID(), carol, "coding", "2025-05-06", Map.of());
        theirs.put("organizationId", "other");
        Pipeline.submitAndAwaitAnalysis(kafka, List.of(theirs));

        given().get("/api/v1/interviewers/" + carol + "/feedback-quality")
                .then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/interviewers").then().statusCode(200)
                .body("interviewers.interviewerId", not(hasItem(carol)));
        given().header("Authorization", "Bearer " + TestApiKeys.OTHER_ORGANIZATION)
                .get("/api/v1/interviewers/" + carol + "/feedback-quality")
                .then().statusCode(200).body("total.evaluations", equalTo(1)).body("calibration", equalTo(List.of()));
    }

    @Test
    void unknownAndOverlongIdsAreProblems() {
        given().get("/api/v1/interviewers/nobody-" + UUID.randomUUID() + "/feedback-quality")
                .then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/interviewers/" + "x".repeat(101) + "/feedback-quality")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("id"));
        given().header("Authorization", "Bearer nope").get("/api/v1/interviewers")
                .then().statusCode(401).contentType("application/problem+json");
    }

    private static List<FeedbackItem> storedItemsOf(List<ObjectNode> sessions) {
        List<UUID> ids = sessions.stream().map(s -> UUID.fromString(s.at("/data/evaluationId").asText())).toList();
        return Tenancy.asOrganization("default", () -> QuarkusTransaction.requiringNew()
                .call(() -> FeedbackItem.<FeedbackItem>list("evaluationId in ?1", ids)));
    }
}
