package org.practiceloop.feedback;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.practiceloop.devinfra.TestApiKeys;

/** Focus checks against the candidate's current plan, as analysis-service answers it ({@link AnalysisPlanStandIn}). */
@QuarkusTest
@TestProfile(AnalysisPlanStandIn.Profile.class)
class FocusChecksAgainstPlanTest {

    private static final String IMPROVED_CLARIFICATION = """
            , "focusChecks": [{"theme": "problem_clarification", "progress": "improved"}]}""";

    @Test
    void aCheckOfAFocusAreaOfThePlanIsAccepted() {
        given().contentType(ContentType.JSON)
                .body(FocusChecksTest.withChecks(AnalysisPlanStandIn.PLANNED, IMPROVED_CLARIFICATION))
                .post("/api/v1/evaluations").then().statusCode(201)
                .body("focusChecks[0].theme", equalTo("problem_clarification"));
    }

    @Test
    void aCheckOfAThemeNotInThePlanIsAProblemNamingIt() {
        given().contentType(ContentType.JSON)
                .body(FocusChecksTest.withChecks(AnalysisPlanStandIn.PLANNED, """
                        , "focusChecks": [{"theme": "communication", "progress": "same"},
                                          {"theme": "sql_data", "progress": "worse"}]}"""))
                .post("/api/v1/evaluations").then().statusCode(400).contentType("application/problem+json")
                .body("errors.size()", equalTo(1))
                .body("errors[0].field", equalTo("focusChecks[1].theme"))
                .body("errors[0].message", containsString("'sql_data' is not a focus area of the candidate's current plan"))
                .body("errors[0].message", containsString("problem_clarification, communication"));
    }

    @Test
    void aCandidateWithoutAPlanOrOfAnotherOrganisationHasNothingToCheck() {
        given().contentType(ContentType.JSON)
                .body(FocusChecksTest.withChecks("cand-new", IMPROVED_CLARIFICATION))
                .post("/api/v1/evaluations").then().statusCode(400)
                .body("errors[0].message", containsString("its focus areas: none yet"));
        // The token names the caller's organisation: another organisation's candidate of the same id has no plan.
        given().header("Authorization", "Bearer " + TestApiKeys.OTHER_ORGANIZATION).contentType(ContentType.JSON)
                .body(FocusChecksTest.withChecks(AnalysisPlanStandIn.PLANNED, IMPROVED_CLARIFICATION))
                .post("/api/v1/evaluations").then().statusCode(400)
                .body("errors[0].field", equalTo("focusChecks[0].theme"));
    }
}
