package org.practiceloop.feedback;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EvaluationQueryTest {

    @Test
    void pagesFollowTheCursorNewestSubmissionFirstWithoutGapsOrRepeats() {
        String candidate = "cand-" + UUID.randomUUID();
        List<String> submitted = submit(candidate, "2026-01-05", "2026-01-12", "2026-01-19", "2026-01-26", "2026-02-02");
        Collections.reverse(submitted);

        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = given().queryParam("candidateId", candidate).queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/api/v1/evaluations").then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("items.id", String.class));
            cursor = page.getString("nextCursor");
            pages++;
        } while (cursor != null);

        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactlyElementsOf(submitted);
    }

    @Test
    void sessionDatesFilterInclusively() {
        String candidate = "cand-" + UUID.randomUUID();
        submit(candidate, "2026-01-05", "2026-01-12", "2026-01-19");

        given().queryParam("from", "2026-01-12").queryParam("to", "2026-01-19")
                .get("/api/v1/candidates/" + candidate + "/evaluations")
                .then().statusCode(200)
                .body("items.sessionDate", equalTo(List.of("2026-01-19", "2026-01-12")))
                .body("nextCursor", nullValue());
    }

    @Test
    void badParametersAreProblemsNamingThem() {
        given().queryParam("cursor", "not-a-cursor").get("/api/v1/evaluations")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("cursor"));
        given().queryParam("from", "2026-02-01").queryParam("to", "2026-01-01").get("/api/v1/evaluations")
                .then().statusCode(400).body("errors.field", hasItem("from"));
        given().queryParam("limit", 0).get("/api/v1/evaluations")
                .then().statusCode(400).body("errors.field", hasItem("limit"));
        given().queryParam("from", "yesterday").get("/api/v1/evaluations")
                .then().statusCode(400).contentType("application/problem+json");
    }

    private static List<String> submit(String candidate, String... sessionDates) {
        List<String> ids = new ArrayList<>();
        for (String date : sessionDates) {
            ids.add(given().contentType(ContentType.JSON)
                    .body(Evaluations.exampleWith("\"cand-42\"", "\"" + candidate + "\"").replace("2026-03-02", date))
                    .post("/api/v1/evaluations").then().statusCode(201).extract().path("id"));
        }
        return ids;
    }
}
