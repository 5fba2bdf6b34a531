package org.practiceloop.feedback;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An evaluation's focusChecks while analysis-service is unreachable (this profile's analysis URL
 * is a closed port): checked against the taxonomy, stored and returned, and never refused for want
 * of the plan. Against a plan: {@code FocusChecksAgainstPlanTest}.
 */
@QuarkusTest
class FocusChecksTest {

    static final String CHECKS = """
            , "focusChecks": [{"theme": "problem_clarification", "progress": "improved",
                               "note": "Asked about the input size before coding"},
                              {"theme": "communication", "progress": "not_observed"}]}""";

    static String withChecks(String candidate, String checks) {
        return withChecks(candidate, Evaluations.example(), checks);
    }

    /** {@code evaluation} (the example or a variant of it) for {@code candidate}, with {@code checks} appended. */
    static String withChecks(String candidate, String evaluation, String checks) {
        String body = evaluation.replace("\"cand-42\"", "\"" + candidate + "\"").strip();
        return body.substring(0, body.length() - 1) + checks;
    }

    @Test
    void checksAreStoredAndReturnedWhenAnalysisCannotBeAsked() {
        String candidate = "cand-" + UUID.randomUUID();
        String id = given().contentType(ContentType.JSON).body(withChecks(candidate, CHECKS))
                .post("/api/v1/evaluations").then().statusCode(201)
                .body("focusChecks.theme", equalTo(List.of("problem_clarification", "communication")))
                .extract().path("id");
        given().get("/api/v1/evaluations/" + id).then().statusCode(200)
                .body("focusChecks[0].progress", equalTo("improved"))
                .body("focusChecks[0].note", equalTo("Asked about the input size before coding"))
                .body("focusChecks[1].progress", equalTo("not_observed"))
                .body("focusChecks[1].note", nullValue());
    }

    @Test
    void anUnknownProgressIsAProblemNamingTheAllowedValues() {
        given().contentType(ContentType.JSON)
                .body(withChecks("cand-x", ", \"focusChecks\": [{\"theme\": \"communication\", \"progress\": \"better\"}]}"))
                .post("/api/v1/evaluations").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("focusChecks[0].progress"))
                .body("errors.message", hasItem("must be one of improved, same, worse, not_observed"));
    }

    @Test
    void anUnknownOrRepeatedThemeIsAProblemNamingIt() {
        given().contentType(ContentType.JSON)
                .body(withChecks("cand-x", ", \"focusChecks\": [{\"theme\": \"charisma\", \"progress\": \"same\"}]}"))
                .post("/api/v1/evaluations").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("focusChecks[0].theme"))
                .body("errors[0].message", containsString("'charisma' is not a theme"))
                .body("errors[0].message", containsString("problem_clarification"));
        given().contentType(ContentType.JSON)
                .body(withChecks("cand-x", """
                        , "focusChecks": [{"theme": "communication", "progress": "same"},
                                          {"theme": "communication", "progress": "worse"}]}"""))
                .post("/api/v1/evaluations").then().statusCode(400)
                .body("errors[0].field", equalTo("focusChecks[1].theme"))
                .body("errors[0].message", containsString("checked twice"));
        given().contentType(ContentType.JSON)
                .body(withChecks("cand-x", ", \"focusChecks\": [{\"progress\": \"same\"}]}"))
                .post("/api/v1/evaluations").then().statusCode(400)
                .body("errors.field", hasItem("focusChecks[0].theme"));
    }

    @Test
    void csvRowsCarryFocusChecksWithNotes() {
        String candidate = "cand-" + UUID.randomUUID();
        String csv = """
                candidate_id,candidate_email,interviewer_id,session_date,interview_type,recommendation,focus_checks
                %1$s,ada@example.com,p-anna,2026-01-10,coding,leaning_no,problem_clarification=improved:asked first;communication=same
                %1$s,ada@example.com,p-bob,2026-01-17,coding,leaning_no,communication=better
                %1$s,ada@example.com,p-bob,2026-01-18,coding,leaning_no,charisma=same
                """.formatted(candidate);
        JsonPath result = given().contentType("text/csv").body(csv)
                .post("/api/v1/evaluations/import").then().statusCode(200).extract().jsonPath();
        assertThat(result.getList("results.status")).containsExactly("accepted", "rejected", "rejected");
        assertThat(result.getList("results[1].errors.field")).containsExactly("focusChecks[0].progress");
        assertThat(result.getList("results[2].errors.field")).containsExactly("focusChecks[0].theme");

        given().get("/api/v1/evaluations/" + result.getString("results[0].id")).then().statusCode(200)
                .body("focusChecks[0].theme", equalTo("problem_clarification"))
                .body("focusChecks[0].progress", equalTo("improved"))
                .body("focusChecks[0].note", equalTo("asked first"))
                .body("focusChecks[1].progress", equalTo("same"));
    }
}
