package org.practiceloop.feedback;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.Collections;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.practiceloop.common.tenant.Tenancy;
import org.practiceloop.feedback.domain.Evaluation;

@QuarkusTest
class ImportTest {

    @Test
    void eachJsonRowGetsItsOwnResultAndARetryDuplicatesNothing() {
        String candidate = "cand-" + UUID.randomUUID();
        String good = Evaluations.exampleWith("\"cand-42\"", "\"" + candidate + "\"");
        String otherSession = good.replace("2026-03-02", "2026-03-09");
        String badEmail = good.replace("ada@example.com", "not-an-email");
        String body = "[" + good + "," + badEmail + "," + otherSession + ", 42]";

        JsonPath first = importJson(body);
        assertThat(first.getInt("accepted")).isEqualTo(2);
        assertThat(first.getInt("rejected")).isEqualTo(2);
        assertThat(first.getList("results.status")).containsExactly("accepted", "rejected", "accepted", "rejected");
        assertThat(first.getList("results[1].errors.field")).containsExactly("candidate.email");
        assertThat(first.getInt("results[0].row")).isEqualTo(1);

        JsonPath retry = importJson(body);
        assertThat(retry.getInt("accepted")).isZero();
        assertThat(retry.getInt("duplicates")).isEqualTo(2);
        assertThat(retry.getString("results[0].id")).isEqualTo(first.getString("results[0].id"));
        assertThat(retry.getString("results[2].id")).isEqualTo(first.getString("results[2].id"));
        assertThat(evaluationsOf(candidate)).isEqualTo(2);
    }

    @Test
    void csvRowsAreImportedWithRatingsAndMultiLineText() {
        String candidate = "cand-" + UUID.randomUUID();
        String csv = """
                candidate_id,candidate_email,interviewer_id,session_date,interview_type,recommendation,ratings,improvements
                %1$s,ada@example.com,p-anna,2026-01-10,coding,leaning_no,communication=2;sql=na,"- Clarify first
                - Test the edge cases"
                %1$s,ada@example.com,p-bob,2026-01-17,sql_data,leaning_yes,communication=9,Use window functions
                """.formatted(candidate);

        JsonPath result = given().contentType("text/csv").body(csv)
                .post("/api/v1/evaluations/import").then().statusCode(200).extract().jsonPath();
        assertThat(result.getList("results.status")).containsExactly("accepted", "rejected");
        assertThat(result.getList("results[1].errors.field")).containsExactly("ratings[0].score");

        given().get("/api/v1/evaluations/" + result.getString("results[0].id")).then().statusCode(200)
                .body("improvements", equalTo("- Clarify first\n- Test the edge cases"))
                .body("ratings[1].competency", equalTo("sql"))
                .body("ratings[1].notAssessed", equalTo(true));
    }

    @Test
    void theOptionalInterviewerEmailColumnIsStoredAndValidated() {
        String candidate = "csv-email-" + UUID.randomUUID();
        String csv = """
                candidate_id,candidate_email,interviewer_id,interviewer_email,session_date,interview_type,recommendation
                %1$s,ada@example.com,p-anna,anna@example.com,2026-01-10,coding,leaning_no
                %1$s,ada@example.com,p-bob,bob-at-example,2026-01-17,sql_data,leaning_yes
                %1$s,ada@example.com,p-cy,,2026-01-18,sql_data,leaning_yes
                """.formatted(candidate);
        JsonPath result = given().contentType("text/csv").body(csv)
                .post("/api/v1/evaluations/import").then().statusCode(200).extract().jsonPath();
        assertThat(result.getList("results.status")).containsExactly("accepted", "rejected", "accepted");
        assertThat(result.getList("results[1].errors.field")).containsExactly("interviewer.email");
        given().get("/api/v1/evaluations/" + result.getString("results[0].id")).then()
                .body("interviewer.email", equalTo("anna@example.com"));
        given().get("/api/v1/evaluations/" + result.getString("results[2].id")).then()
                .body("interviewer.email", equalTo(null));
    }

    @Test
    void anUnknownCsvColumnIsAProblemNamingIt() {
        given().contentType("text/csv").body("candidate_id,shoe_size\nc1,42\n")
                .post("/api/v1/evaluations/import").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("shoe_size"));
    }

    @Test
    void aBodyThatIsNotAnArrayIsAProblem() {
        given().contentType(ContentType.JSON).body(Evaluations.example())
                .post("/api/v1/evaluations/import").then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", equalTo("The body must be a JSON array of evaluations."));
    }

    @Test
    void moreRowsThanAllowedIs413() {
        String rows = "[" + String.join(",", Collections.nCopies(1001, "{}")) + "]";
        given().contentType(ContentType.JSON).body(rows)
                .post("/api/v1/evaluations/import").then().statusCode(413)
                .contentType("application/problem+json");
    }

    private static JsonPath importJson(String body) {
        return given().contentType(ContentType.JSON).body(body)
                .post("/api/v1/evaluations/import").then().statusCode(200).extract().jsonPath();
    }

    private static long evaluationsOf(String candidateId) {
        return Tenancy.asOrganization("default",
                () -> QuarkusTransaction.requiringNew().call(() -> Evaluation.count("candidateId", candidateId)));
    }
}
