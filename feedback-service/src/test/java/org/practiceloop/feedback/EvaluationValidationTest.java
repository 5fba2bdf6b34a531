package org.practiceloop.feedback;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Bad input is a 400 application/problem+json that names the field, never a 500. */
@QuarkusTest
class EvaluationValidationTest {

    @Test
    void aMissingCandidateEmailIsNamed() {
        post(Evaluations.exampleWith("\"email\": \"ada@example.com\", ", ""))
                .body("errors.field", hasItem("candidate.email"));
    }

    @Test
    void aCandidateIdWithControlCharactersIsNamed() {
        post(Evaluations.exampleWith("\"cand-42\"", "\"cand\\n42\""))
                .body("errors.field", hasItem("candidate.id"));
    }

    @Test
    void anInvalidEmailIsNamed() {
        post(Evaluations.exampleWith("ada@example.com", "not-an-email"))
                .body("errors.field", hasItem("candidate.email"));
    }

    @Test
    void aRatingOutsideOneToFourIsNamedWithItsIndex() {
        post(Evaluations.exampleWith("\"score\": 3", "\"score\": 5"))
                .body("errors.field", hasItem("ratings[1].score"));
    }

    @Test
    void aRatingWithNeitherScoreNorNotAssessedIsNamed() {
        post(Evaluations.exampleWith(", \"score\": 3", ""))
                .body("errors.field", hasItem("ratings[1].score"));
    }

    @Test
    void aSessionInTheFutureIsRefused() {
        post(Evaluations.exampleWith("2026-03-02", LocalDate.now().plusDays(3).toString()))
                .body("errors.field", hasItem("sessionDate"));
    }

    @Test
    void anUnknownInterviewTypeListsTheAllowedOnes() {
        post(Evaluations.exampleWith("\"coding\"", "\"juggling\""))
                .body("errors[0].field", equalTo("interviewType"))
                .body("errors[0].message", equalTo(
                        "must be one of coding, system_design, sql_data, statistics, ml, product, behavioral"));
    }

    @Test
    void aWrongTypeIsNamed() {
        post(Evaluations.exampleWith("\"score\": 2", "\"score\": \"two\""))
                .body("errors.field", hasItem("ratings[0].score"));
    }

    @Test
    void anUnknownFieldIsRefused() {
        post(Evaluations.exampleWith("\"targetRole\"", "\"favouriteColour\": \"blue\", \"targetRole\""))
                .body("errors.field", hasItem("favouriteColour"));
    }

    @Test
    void malformedJsonIsAProblem() {
        given().contentType(ContentType.JSON).body("{\"candidate\": ")
                .when().post("/api/v1/evaluations")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", equalTo("The body is not well-formed JSON."));
    }

    @Test
    void aMissingBodyIsAProblem() {
        given().contentType(ContentType.JSON)
                .when().post("/api/v1/evaluations")
                .then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void anOverlongTextFieldIsNamed() {
        post(Evaluations.exampleWith("Clean, readable code.", "x".repeat(5001)))
                .body("errors.field", hasItem("strengths"));
    }

    @Test
    void aBodyOverTheLimitIs413() {
        given().contentType(ContentType.JSON).body(Evaluations.exampleWith("Clean, readable code.", "x".repeat(300_000)))
                .when().post("/api/v1/evaluations")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413));
    }

    @Test
    void aBodyOverTheHttpLimitIsRefusedBeforeItIsSent() throws Exception {
        // With "Expect: 100-continue" the server refuses from the headers alone, before the body is sent.
        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(HttpRequest.newBuilder()
                        .uri(URI.create(RestAssured.baseURI + ":" + RestAssured.port + "/api/v1/evaluations/import"))
                        .header("Content-Type", "application/json")
                        .expectContinue(true)
                        .POST(HttpRequest.BodyPublishers.ofString("[\"" + "x".repeat(5 * 1024 * 1024) + "\"]"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        // The HTTP layer's own refusal: a bare 413 without a problem body (see the README's known gaps).
        assertThat(response.statusCode()).isEqualTo(413);
    }

    @Test
    void aNulCharacterInTextIsNamedNotStored() {
        // PostgreSQL's text cannot hold U+0000: refused at the edge, not failed in the database.
        post(Evaluations.exampleWith("Clean, readable code.", "Clean\\u0000code"))
                .body("errors[0].field", equalTo("strengths"))
                .body("errors[0].message", equalTo("must not contain the NUL character (U+0000)"));
    }

    @Test
    void aNulCharacterInThePathIsRefused() {
        given().urlEncodingEnabled(false).get("/api/v1/candidates/cand%0042/evaluations").then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", equalTo("The path or query must not contain the NUL character (U+0000)."));
    }

    private static ValidatableResponse post(String body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/evaluations")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("title", equalTo("Invalid request"));
    }
}
