package org.practiceloop.feedback;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.practiceloop.devinfra.TestApiKeys;

/**
 * The review's checks and its answer while analysis-service is down (the test profile points the
 * client at a closed port). Its answers with analysis running are tested over the packaged
 * services (e2e-tests EvaluationReviewIT).
 */
@QuarkusTest
class EvaluationReviewTest {

    @Test
    void aBadFieldIsAProblemNamingItAsWhenSubmitting() {
        given().contentType(ContentType.JSON)
                .body(Evaluations.exampleWith("\"ada@example.com\"", "\"ada-at-example\""))
                .when().post("/api/v1/evaluations/review")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("candidate.email"));
        given().contentType(ContentType.JSON)
                .body(Evaluations.exampleWith("\"Clean, readable code.\"", "\"" + "x".repeat(5001) + "\""))
                .when().post("/api/v1/evaluations/review")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("strengths"));
        given().contentType(ContentType.JSON).body("{\"candidate\": ")
                .when().post("/api/v1/evaluations/review")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aBodyOverTheEvaluationsLimitIs413() {
        given().contentType(ContentType.JSON)
                .body(Evaluations.exampleWith("\"Clean, readable code.\"", "\"" + "x".repeat(300_000) + "\""))
                .when().post("/api/v1/evaluations/review")
                .then().statusCode(413).contentType("application/problem+json");
    }

    @Test
    void itNeedsTheWriteScope() {
        given().header("Authorization", "").contentType(ContentType.JSON).body(Evaluations.example())
                .when().post("/api/v1/evaluations/review")
                .then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", "Bearer " + TestApiKeys.PLANS_READ_ONLY).contentType(ContentType.JSON)
                .body(Evaluations.example())
                .when().post("/api/v1/evaluations/review")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void withAnalysisDownTheReviewIs503WithRetryAfterAndNothingIsStored() {
        String candidate = "review-down";
        given().contentType(ContentType.JSON).body(Evaluations.exampleWith("\"cand-42\"", "\"" + candidate + "\""))
                .when().post("/api/v1/evaluations/review")
                .then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("detail", containsString("submitting still works"));
        given().get("/api/v1/evaluations?candidateId=" + candidate).then().statusCode(200)
                .body("items.size()", equalTo(0));
    }

    @Test
    void theFormSaysTheReviewIsUnavailableKeepsWhatWasTypedAndStillSubmits() {
        EvaluationFormTest.filled(Map.of("action", "review", "comments", "Not a fit."))
                .post("/form").then().statusCode(200)
                .body(containsString("The review is unavailable right now; you can still submit."))
                .body(containsString(">Not a fit.</textarea>"))
                .body(containsString("value=\"Not convincing overall.\""));
        EvaluationFormTest.filled(Map.of("action", "submit", "comments", "Not a fit.")).redirects().follow(false)
                .post("/form").then().statusCode(303)
                .header("Location", matchesPattern(".*/form/submitted/[0-9a-f-]{36}"));
    }
}
