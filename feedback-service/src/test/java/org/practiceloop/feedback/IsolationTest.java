package org.practiceloop.feedback;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.practiceloop.devinfra.TestApiKeys;

/**
 * Organisation "other" against organisation "default"'s evaluation and candidate, on every
 * operation of this service: it never sees, changes or learns anything of them.
 */
@QuarkusTest
class IsolationTest {

    @Test
    void anotherOrganisationsKeyNeverReachesThisOnesData() {
        String candidate = "iso-" + UUID.randomUUID();
        String idempotencyKey = UUID.randomUUID().toString();
        String body = Evaluations.exampleWith("\"cand-42\"", "\"" + candidate + "\"");
        String id = given().contentType(ContentType.JSON).header("Idempotency-Key", idempotencyKey).body(body)
                .post("/api/v1/evaluations").then().statusCode(201).extract().path("id");

        List<Response> answers = List.of(
                other().get("/api/v1/evaluations/" + id),
                other().get("/api/v1/candidates/" + candidate + "/evaluations"),
                // A valid amendment, so the refusal is about ownership, not validation.
                other().contentType(ContentType.JSON).body(body).put("/api/v1/evaluations/" + id),
                other().get("/api/v1/evaluations/" + id + "/revisions"),
                other().delete("/api/v1/evaluations/" + id),
                other().patch("/api/v1/evaluations/" + id));
        for (Response answer : answers) {
            assertThat(answer.statusCode()).as(answer.asString()).isIn(404, 405);
            assertThat(answer.asString()).doesNotContain("ada@example.com", "Ada Byron", "p-anna", "Clarify");
        }
        other().get("/api/v1/evaluations?candidateId=" + candidate).then().statusCode(200)
                .body("items.size()", equalTo(0));

        // The same Idempotency-Key in another organisation is another request, not a replay.
        String othersId = other().contentType(ContentType.JSON).header("Idempotency-Key", idempotencyKey).body(body)
                .post("/api/v1/evaluations").then().statusCode(201).extract().path("id");
        assertThat(othersId).isNotEqualTo(id);

        // Erasing "the same" candidate id in another organisation erases only its own.
        other().delete("/api/v1/candidates/" + candidate).then().statusCode(202).body("evaluationsErased", equalTo(1));
        given().get("/api/v1/evaluations/" + id).then().statusCode(200).body("candidate.id", equalTo(candidate));
        given().get("/api/v1/candidates/" + candidate + "/evaluations").then().statusCode(200)
                .body("items.size()", equalTo(1));
    }

    private static RequestSpecification other() {
        return given().header("Authorization", "Bearer " + TestApiKeys.OTHER_ORGANIZATION);
    }
}
