package org.practiceloop.feedback;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The form over plain HTTP, as a browser without JavaScript uses it. */
@QuarkusTest
class EvaluationFormTest {

    @Test
    void theFormShowsTheRatingScaleWithLabelledFields() {
        given().get("/form").then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("<label for=\"candidateEmail\">"))
                .body(containsString("Clear gaps; would not advance on this competency."))
                .body(containsString("name=\"score.communication\" value=\"4\""));
    }

    @Test
    void aValidSubmissionRedirectsToTheConfirmationAndIsStoredLikeAnApiOne() {
        String location = filled(Map.of()).redirects().follow(false)
                .post("/form").then().statusCode(303)
                .header("Location", matchesPattern(".*/form/submitted/[0-9a-f-]{36}"))
                .extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);

        given().get(location).then().statusCode(200).body(containsString("your evaluation was received"));
        given().get("/api/v1/evaluations/" + id).then().statusCode(200)
                .body("candidate.email", equalTo("ada@example.com"))
                .body("ratings[0].competency", equalTo("communication"))
                .body("ratings[0].score", equalTo(2))
                .body("ratings[0].note", equalTo("Not convincing overall."))
                .body("ratings[1].notAssessed", equalTo(true))
                .body("questions", equalTo(java.util.List.of("Design a rate limiter", "Find the median")));
    }

    @Test
    void invalidFieldsComeBackWithMessagesAndTheEnteredValues() {
        filled(Map.of("candidateEmail", "not-an-email", "sessionDate", "2999-01-01"))
                .post("/form").then().statusCode(400)
                .body(containsString("id=\"candidateEmail-error\""))
                .body(containsString("must be a well-formed email address"))
                .body(containsString("id=\"sessionDate-error\""))
                .body(containsString("value=\"not-an-email\""))
                .body(containsString("aria-invalid=\"true\""));
    }

    @Test
    void submittedTextIsEscapedWhenShownAgain() {
        filled(Map.of("candidateEmail", "", "strengths", "<script>alert(1)</script>"))
                .post("/form").then().statusCode(400)
                .body(containsString("&lt;script&gt;alert(1)&lt;/script&gt;"))
                .body(not(containsString("<script>alert(1)</script>")));
    }

    @Test
    void aMalformedFormBodyIsTheClientsError() {
        // The REST layer's form reader answered 500 to a bare "=" pair and to "%zz" (found by the hostile-input harness).
        given().contentType("application/x-www-form-urlencoded").body("=&&candidateId=x&%zz")
                .post("/form").then().statusCode(400);
        given().contentType("application/x-www-form-urlencoded").body("=&candidateId=x")
                .post("/form").then().statusCode(400);
        filled(Map.of("strengths", "Clean\u0000code")).post("/form").then().statusCode(400)
                .body(containsString("must not contain the NUL character"));
    }

    @Test
    void theFocusAreaStepSaysWhenAnalysisCannotBeAskedAndTheFormStillSubmits() {
        // This profile's analysis-service is a closed port.
        filled(Map.of("action", "focus-areas")).post("/form").then().statusCode(200)
                .body(containsString("id=\"focus-areas-unavailable\""))
                .body(containsString("The candidate's focus areas could not be loaded right now. You can still submit"))
                .body(containsString("value=\"ada@example.com\""))
                .body(not(containsString("id=\"error-summary\"")));
        filled(Map.of("focusStep", "unavailable")).redirects().follow(false).post("/form").then().statusCode(303);
    }

    @Test
    void theFocusAreaStepNeedsTheCandidateIdFirst() {
        filled(Map.of("action", "focus-areas", "candidateId", "", "candidateEmail", "not-yet"))
                .post("/form").then().statusCode(400)
                .body(containsString("id=\"candidateId-error\""))
                .body(containsString("enter the candidate id to see their focus areas"))
                // The rest is not validated yet: the partner has not finished.
                .body(not(containsString("id=\"candidateEmail-error\"")));
    }

    @Test
    void focusChecksOfTheFormAreStoredWithTheEvaluation() {
        String location = filled(Map.of("focusAreasOf", "cand-form", "focusStep", "shown",
                "focusTitle.problem_clarification", "Clarifying the problem",
                "focusLookFor.problem_clarification", "You ask about inputs first.",
                "focus.problem_clarification", "improved", "focusNote.problem_clarification", "asked about duplicates",
                "focusTitle.communication", "Communication", "focus.communication", "not_observed"))
                .redirects().follow(false).post("/form").then().statusCode(303).extract().header("Location");
        given().get("/api/v1/evaluations/" + location.substring(location.lastIndexOf('/') + 1)).then().statusCode(200)
                // Map.of posts the fields in any order; the browser test checks the page's order.
                .body("focusChecks.size()", equalTo(2))
                .body("focusChecks.find { it.theme == 'problem_clarification' }.progress", equalTo("improved"))
                .body("focusChecks.find { it.theme == 'problem_clarification' }.note", equalTo("asked about duplicates"))
                .body("focusChecks.find { it.theme == 'communication' }.progress", equalTo("not_observed"));
    }

    @Test
    void aBadFocusCheckIsNamedOnItsFocusArea() {
        filled(Map.of("focusTitle.communication", "Communication", "focusNote.communication", "better",
                "focus.charisma", "same", "focus.sql_data", "better"))
                .post("/form").then().statusCode(400)
                .body(containsString("id=\"focus.communication-error\""))
                .body(containsString("choose what you saw (improved, no change, worse or not observed), or leave the note empty"))
                .body(containsString("id=\"focus.sql_data-error\""))
                .body(containsString("must be improved, no change, worse or not observed"))
                // What the partner typed stays on the page.
                .body(containsString("value=\"better\""));
        filled(Map.of("focus.charisma", "same")).post("/form").then().statusCode(400)
                .body(containsString("id=\"focus.charisma-error\""))
                .body(containsString("Focus area Charisma: &#39;charisma&#39; is not a theme"));
    }

    /** A complete form, with some fields replaced. */
    static RequestSpecification filled(Map<String, String> replaced) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("candidateId", "cand-form");
        fields.put("candidateEmail", "ada@example.com");
        fields.put("candidateName", "Ada Byron");
        fields.put("interviewerId", "p-anna");
        fields.put("sessionDate", "2026-03-02");
        fields.put("interviewType", "coding");
        fields.put("recommendation", "leaning_no");
        fields.put("score.communication", "2");
        fields.put("note.communication", "Not convincing overall.");
        fields.put("score.testing", "na");
        fields.put("improvements", "- Clarify the requirements before coding\n- Test the edge cases");
        fields.put("questions", "Design a rate limiter\n\nFind the median\n");
        fields.putAll(replaced);
        return given().contentType("application/x-www-form-urlencoded; charset=UTF-8").formParams(fields);
    }
}
