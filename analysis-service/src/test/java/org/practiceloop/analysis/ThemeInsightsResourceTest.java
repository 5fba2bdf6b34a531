package org.practiceloop.analysis;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practiceloop.devinfra.TestApiKeys;

/**
 * The organisation's themes over a period, over sessions fed through the real broker. Only this
 * test submits sessions dated 2024, so the organisation's figures for that year are these
 * candidates'. The documented evaluation raises problem_clarification ("Clarify the requirements
 * before coding") and testing_debugging ("Test the edge cases").
 */
@QuarkusTest
class ThemeInsightsResourceTest {

    private static final String CLARIFICATION = "themes.find { it.theme == 'problem_clarification' }";

    private static boolean submitted;

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    /**
     * Xavier: raised in January and again in February. Yara: first raised in February. Zoe: raised
     * twice in January with a rating of 1, then two February sessions without it, rated 4: resolved.
     */
    @BeforeEach
    void threeCandidatesOverJanuaryAndFebruary2024() {
        if (submitted) {
            return;
        }
        String xavier = "x-" + UUID.randomUUID();
        String yara = "y-" + UUID.randomUUID();
        String zoe = "z-" + UUID.randomUUID();
        Map<String, Integer> low = Map.of("problem_clarification", 1);
        Map<String, Integer> high = Map.of("problem_clarification", 4);
        Pipeline.submitAndAwaitAnalysis(kafka, List.of(
                Pipeline.session(xavier, "p-1", "statistics", "2024-01-10", low),
                Pipeline.session(xavier, "p-2", "statistics", "2024-02-10", low),
                Pipeline.session(yara, "p-1", "statistics", "2024-02-15", low),
                Pipeline.session(zoe, "p-1", "statistics", "2024-01-05", low),
                Pipeline.session(zoe, "p-2", "statistics", "2024-01-12", low),
                withoutClarifying(Pipeline.session(zoe, "p-1", "statistics", "2024-02-05", high)),
                withoutClarifying(Pipeline.session(zoe, "p-2", "statistics", "2024-02-12", high))));
        submitted = true;
    }

    private static ObjectNode withoutClarifying(ObjectNode session) {
        ((ObjectNode) session.get("data")).put("improvements", "- Test the edge cases");
        return session;
    }

    @Test
    void inFebruaryOneCandidateHadItRecurringOneResolvedAndOneNew() {
        given().queryParam("from", "2024-02-01").queryParam("to", "2024-02-29").queryParam("interviewType", "statistics")
                .get("/api/v1/insights/themes").then().statusCode(200)
                .body("from", equalTo("2024-02-01")).body("to", equalTo("2024-02-29"))
                .body("interviewType", equalTo("statistics"))
                .body("candidates", equalTo(3))
                .body(CLARIFICATION + ".recurring", equalTo(1))
                .body(CLARIFICATION + ".resolved", equalTo(1))
                .body(CLARIFICATION + ".new", equalTo(1));
    }

    @Test
    void inJanuaryTwoCandidatesHadItNewAndOneRecurring() {
        given().queryParam("from", "2024-01-01").queryParam("to", "2024-01-31")
                .get("/api/v1/insights/themes").then().statusCode(200)
                .body("candidates", equalTo(2))
                .body(CLARIFICATION + ".recurring", equalTo(1))
                .body(CLARIFICATION + ".resolved", equalTo(0))
                .body(CLARIFICATION + ".new", equalTo(2));
    }

    @Test
    void anotherInterviewTypeOrAnotherOrganisationSeesNoneOfIt() {
        given().queryParam("from", "2024-01-01").queryParam("to", "2024-02-29").queryParam("interviewType", "coding")
                .get("/api/v1/insights/themes").then().statusCode(200)
                .body("candidates", equalTo(0)).body("themes", equalTo(List.of()));
        given().header("Authorization", "Bearer " + TestApiKeys.OTHER_ORGANIZATION)
                .queryParam("from", "2024-01-01").queryParam("to", "2024-02-29")
                .get("/api/v1/insights/themes").then().statusCode(200)
                .body("candidates", equalTo(0)).body("themes", equalTo(List.of()));
    }

    @Test
    void badDatesAndTypesAreProblemsNamingTheParameter() {
        given().queryParam("from", "2024-13-01").get("/api/v1/insights/themes")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("from"));
        given().queryParam("to", "yesterday").get("/api/v1/insights/themes")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("to"));
        given().queryParam("from", "2024-03-01").queryParam("to", "2024-02-01").get("/api/v1/insights/themes")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("from"));
        given().queryParam("interviewType", "astrology").get("/api/v1/insights/themes")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("interviewType"));
    }
}
