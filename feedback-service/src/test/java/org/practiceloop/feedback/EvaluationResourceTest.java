package org.practiceloop.feedback;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EvaluationResourceTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void submittingAnEvaluationStoresItAndPointsToIt() {
        String location = given().contentType(ContentType.JSON).body(Evaluations.example())
                .when().post("/api/v1/evaluations")
                .then().statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/evaluations/[0-9a-f-]{36}"))
                .body("id", notNullValue())
                .body("candidate.email", equalTo("ada@example.com"))
                .body("submittedAt", notNullValue())
                .extract().header("Location");

        given().when().get(location)
                .then().statusCode(200)
                .body("candidate.id", equalTo("cand-42"))
                .body("candidate.name", equalTo("Ada Byron"))
                .body("interviewer.id", equalTo("p-anna"))
                .body("sessionDate", equalTo("2026-03-02"))
                .body("interviewType", equalTo("coding"))
                .body("ratings[0].competency", equalTo("communication"))
                .body("ratings[0].score", equalTo(2))
                .body("ratings[0].note", equalTo("Not convincing overall."))
                .body("ratings[1].score", equalTo(3))
                .body("recommendation", equalTo("leaning_no"))
                .body("improvements", equalTo("- Clarify the requirements before coding\n- Test the edge cases"));
    }

    @Test
    void aRatingMayBeMarkedNotAssessed() {
        given().contentType(ContentType.JSON)
                .body(Evaluations.exampleWith("{\"competency\": \"problem_solving\", \"score\": 3}",
                        "{\"competency\": \"problem_solving\", \"notAssessed\": true}"))
                .when().post("/api/v1/evaluations")
                .then().statusCode(201)
                .body("ratings[1].notAssessed", equalTo(true))
                .body("ratings[1].score", equalTo(null));
    }

    @Test
    void theOpenApiDocumentCarriesExamples() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/api/v1/evaluations'.post.requestBody.content.'application/json'.examples"
                        + ".'A coding mock interview'.value.candidate.email", equalTo("ada@example.com"))
                .body("paths.'/api/v1/evaluations/import'.post.requestBody.content.'text/csv'.examples"
                        + ".'Two sessions'.value", org.hamcrest.Matchers.startsWith("candidate_id,"));
    }

    @Test
    void anUnknownEvaluationIsAProblemNotFound() {
        given().when().get("/api/v1/evaluations/9b4a1f0e-0000-4000-8000-000000000000")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("title", equalTo("Not Found"));
    }
}
