package org.practiceloop.analysis;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.practiceloop.common.auth.DelegatedFocusAreas;
import org.practiceloop.common.auth.DelegatedReview;
import org.practiceloop.common.link.LinkFixtures;
import org.practiceloop.common.link.SignedLinks;
import org.practiceloop.devinfra.TestApiKeys;

/** GET /api/v1/candidates/{id}/focus-areas: what the next partner should check, for a key or feedback-service's token. */
@QuarkusTest
class FocusAreasResourceTest {

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @ConfigProperty(name = "practiceloop.review.signing.keys.default.secret")
    String reviewSecret;

    @Test
    void theCurrentPlansFocusAreasWithWhatToLookForAndTheirRecheckDate() {
        String candidate = "cand-" + UUID.randomUUID();
        LocalDate before = LocalDate.now(ZoneOffset.UTC);
        Pipeline.submitAndAwaitAnalysis(kafka, List.of(ContractEvents.evaluationFor(candidate)));
        JsonPath plan = Pipeline.awaitPlanVersion(candidate, 1);
        LocalDate after = LocalDate.now(ZoneOffset.UTC);

        given().get("/api/v1/candidates/" + candidate + "/focus-areas")
                .then().statusCode(200)
                .body("candidateId", equalTo(candidate))
                .body("planVersion", equalTo(1))
                .body("focusAreas.theme", equalTo(plan.getList("focusAreas.theme")))
                .body("focusAreas.theme", hasItem("problem_clarification"))
                .body("focusAreas.find { it.theme == 'problem_clarification' }.title", equalTo("Clarifying the problem"))
                .body("focusAreas.find { it.theme == 'problem_clarification' }.lookFor",
                        equalTo(plan.getString("focusAreas.find { it.theme == 'problem_clarification' }.howYouWillKnow")))
                .body("focusAreas[0].recheckOn", notNullValue())
                .body("recheckOn", equalTo(plan.getString("focusAreas[0].recheckOn")))
                // Only what a partner needs: no evidence quotes, no drills.
                .body(not(containsString("Clarify the requirements before coding")));
        // The example's session (2026-03-02) is long past: the re-check counts from the plan's own day.
        assertThat(plan.getString("focusAreas[0].lastSeen")).isEqualTo("2026-03-02");
        assertThat(plan.getList("focusAreas.recheckOn", String.class)).map(LocalDate::parse)
                .allSatisfy(d -> assertThat(d).isBetween(before.plusDays(14), after.plusDays(14)));
    }

    @Test
    void anUnknownCandidateOrAnotherOrganisationsIsNotFound() {
        String candidate = "cand-" + UUID.randomUUID();
        given().get("/api/v1/candidates/" + candidate + "/focus-areas")
                .then().statusCode(404).contentType("application/problem+json")
                .body(not(containsString(candidate)));

        Pipeline.submitAndAwaitAnalysis(kafka, List.of(ContractEvents.evaluationFor(candidate)));
        Pipeline.awaitPlanVersion(candidate, 1);
        given().header("Authorization", "Bearer " + TestApiKeys.OTHER_ORGANIZATION)
                .get("/api/v1/candidates/" + candidate + "/focus-areas")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void feedbackServicesTokenReadsItsCandidatesFocusAreasAndNothingElse() {
        String candidate = "cand-" + UUID.randomUUID();
        Pipeline.submitAndAwaitAnalysis(kafka, List.of(ContractEvents.evaluationFor(candidate)));
        Pipeline.awaitPlanVersion(candidate, 1);
        SignedLinks feedbackSide = LinkFixtures.signedWith("default", reviewSecret);
        String token = feedbackSide.issue("default", DelegatedFocusAreas.subject(candidate));

        given().header("Authorization", "").header(DelegatedReview.HEADER, token)
                .get("/api/v1/candidates/" + candidate + "/focus-areas")
                .then().statusCode(200).body("focusAreas.theme", hasItem("problem_clarification"));
        // Another candidate's, the plan itself, a review: not with this token.
        given().header("Authorization", "").header(DelegatedReview.HEADER, token)
                .get("/api/v1/candidates/someone-else/focus-areas").then().statusCode(403);
        given().header("Authorization", "").header(DelegatedReview.HEADER, token)
                .get("/api/v1/candidates/" + candidate + "/action-plan").then().statusCode(403);
        given().header("Authorization", "").header(DelegatedReview.HEADER, token).contentType("application/json")
                .body("{\"improvements\": \"Test the edge cases\"}").post("/api/v1/reviews").then().statusCode(403);
        // A review token does not open the focus areas.
        given().header("Authorization", "").header(DelegatedReview.HEADER,
                        feedbackSide.issue("default", DelegatedReview.SUBJECT))
                .get("/api/v1/candidates/" + candidate + "/focus-areas").then().statusCode(403);
        // Nor does a token of another organisation, for the same candidate id.
        given().header("Authorization", "").header(DelegatedReview.HEADER,
                        feedbackSide.issue("other", DelegatedFocusAreas.subject(candidate)))
                .get("/api/v1/candidates/" + candidate + "/focus-areas").then().statusCode(404);
    }
}
