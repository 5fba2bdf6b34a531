package org.practiceloop.feedback;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.practiceloop.common.tenant.Tenancy;
import org.practiceloop.feedback.config.FeedbackConfig;

/** The amend page of the partner's signed link, over HTTP: what it shows, what it stores, and what it refuses. */
@QuarkusTest
class EvaluationAmendPageTest {

    private static final String AMENDED = "Say the complexity of each approach before choosing one.";

    @Inject
    FeedbackConfig config;

    @Inject
    EntityManager entityManager;

    @Test
    void theLinkOpensTheFormFilledWithTheLatestRevision() {
        UUID id = submit();
        given().get(page(id, token(id))).then().statusCode(200).contentType(ContentType.HTML)
                .body(containsString("<h1>Amend your evaluation</h1>"))
                .body(containsString("revision 1 of your evaluation"))
                .body(containsString("The role was frozen this week, nothing to do with you."))
                .body(containsString("value=\"Not convincing overall.\""))
                .body(containsString("name=\"nonce\""))
                .body(containsString("Review my feedback"));
    }

    @Test
    void aDoubleSubmitWithTheSameNonceStoresOneRevision() {
        UUID id = submit();
        String token = token(id);
        String nonce = UUID.randomUUID().toString();
        for (int i = 0; i < 2; i++) {
            amendForm(nonce).post(page(id, token)).then().statusCode(303)
                    .header("Location", containsString("/evaluations/" + id + "/amend/done?token="));
        }
        given().get("/api/v1/evaluations/" + id + "/revisions").then()
                .body("revisions", hasSize(2)).body("revisions[1].comments", equalTo(AMENDED))
                .body("revisions[1].interviewer.email", equalTo("anna@example.com"));
        given().redirects().follow(false).get("/evaluations/" + id + "/amend/done?token=" + token).then()
                .statusCode(200).body(containsString("<strong id=\"revision\">2</strong>"));
        given().get(page(id, token)).then().statusCode(200).body(containsString("revision 2 of your evaluation"))
                .body(containsString(AMENDED));
    }

    @Test
    void aTamperedExpiredOrForeignLinkIsRefusedAndStoresNothing() {
        UUID id = submit();
        String genuine = token(id);
        char last = genuine.charAt(genuine.length() - 1);
        String tampered = genuine.substring(0, genuine.length() - 1) + (last == 'A' ? 'B' : 'A');
        String expired = AmendTokens.issue(config, "default", id, Instant.now().minusSeconds(60));
        String otherEvaluation = token(submit());
        String otherOrganisation = AmendTokens.issue(config, "other", id, Instant.now().plus(Duration.ofDays(1)));
        for (String token : new String[] {tampered, expired, otherEvaluation, otherOrganisation, ""}) {
            given().get(page(id, token)).then().statusCode(400)
                    .body(containsString("This amend link does not work"));
            amendForm(UUID.randomUUID().toString()).post(page(id, token)).then().statusCode(400)
                    .body(containsString("Nothing was stored"));
        }
        given().get("/evaluations/" + id + "/amend").then().statusCode(400);
        given().get("/api/v1/evaluations/" + id + "/revisions").then().body("revisions", hasSize(1));
    }

    @Test
    void pastTheDeadlineThePageNamesItAndStoresNothing() {
        UUID id = submit();
        String token = token(id);
        Tenancy.asService(() -> QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                        "update evaluation set amendable_until = ?1 where id = ?2")
                .setParameter(1, Instant.parse("2026-01-09T10:00:00Z")).setParameter(2, id).executeUpdate()));
        given().get(page(id, token)).then().statusCode(409)
                .body(containsString("can no longer be amended"))
                .body(containsString("9 January 2026, 10:00 UTC"));
        amendForm(UUID.randomUUID().toString()).post(page(id, token)).then().statusCode(409)
                .body(containsString("9 January 2026, 10:00 UTC"));
        given().get("/api/v1/evaluations/" + id + "/revisions").then().body("revisions", hasSize(1));
    }

    @Test
    void badFieldsAndAnotherCandidateAreShownOnTheFormAndStoreNothing() {
        UUID id = submit();
        String token = token(id);
        amendForm(UUID.randomUUID().toString(), "amend-page", "anna-at-example")
                .post(page(id, token)).then().statusCode(400)
                .body(containsString("id=\"interviewerEmail-error\""))
                .body(containsString(AMENDED));
        String html = amendForm(UUID.randomUUID().toString(), "someone-else", "anna@example.com")
                .post(page(id, token)).then().statusCode(400).extract().asString();
        assertThat(html).contains("id=\"candidateId-error\"").contains("cannot change");
        given().get("/api/v1/evaluations/" + id + "/revisions").then().body("revisions", hasSize(1));
    }

    @Test
    void reviewingOnTheAmendPageStoresNothing() {
        UUID id = submit();
        // Tests have no analysis-service: the review says it is unavailable, and the form stays.
        amendForm(UUID.randomUUID().toString()).formParam("action", "review").post(page(id, token(id))).then()
                .statusCode(200)
                .body(containsString("The review is unavailable right now; you can still submit."))
                .body(containsString("<h1>Amend your evaluation</h1>"))
                .body(not(containsString("Thank you")));
        given().get("/api/v1/evaluations/" + id + "/revisions").then().body("revisions", hasSize(1));
    }

    @Test
    void theChecksOfTheFocusAreasAreShownAndKeptByTheAmendment() {
        UUID id = UUID.fromString(given().contentType(ContentType.JSON)
                .body(FocusChecksTest.withChecks("amend-page", FocusChecksTest.CHECKS))
                .post("/api/v1/evaluations").then().statusCode(201).extract().path("id"));
        String token = token(id);
        given().get(page(id, token)).then().statusCode(200)
                .body(containsString("Your checks of the candidate's focus areas, as you submitted them."))
                .body(containsString("<legend>Problem clarification</legend>"))
                .body(containsString("name=\"focus.problem_clarification\" value=\"improved\" checked"))
                .body(containsString("value=\"Asked about the input size before coding\""))
                .body(containsString("name=\"focus.communication\" value=\"not_observed\" checked"))
                // The amend page does not ask analysis-service again.
                .body(not(containsString("id=\"show-focus-areas\"")));

        // Posted back as the page has them, with the partner's changed mind about communication.
        amendForm(UUID.randomUUID().toString()).formParam("focusStep", "stored").formParam("focusAreasOf", "amend-page")
                .formParam("focusTitle.problem_clarification", "Problem clarification")
                .formParam("focus.problem_clarification", "improved")
                .formParam("focusNote.problem_clarification", "Asked about the input size before coding")
                .formParam("focusTitle.communication", "Communication").formParam("focus.communication", "same")
                .post(page(id, token)).then().statusCode(303);
        given().get("/api/v1/evaluations/" + id).then().statusCode(200)
                .body("revision", equalTo(2))
                // The form reader does not keep the posted order; the browser test checks the page's order.
                .body("focusChecks.size()", equalTo(2))
                .body("focusChecks.find { it.theme == 'problem_clarification' }.note",
                        equalTo("Asked about the input size before coding"))
                .body("focusChecks.find { it.theme == 'communication' }.progress", equalTo("same"));
    }

    private String token(UUID id) {
        return AmendTokens.issue(config, "default", id, Instant.now().plus(Duration.ofDays(7)));
    }

    private static String page(UUID id, String token) {
        return "/evaluations/" + id + "/amend?token=" + token;
    }

    /** The filled form as a browser posts it, with the comment rephrased and the partner's email added. */
    private static RequestSpecification amendForm(String nonce) {
        return amendForm(nonce, "amend-page", "anna@example.com");
    }

    private static RequestSpecification amendForm(String nonce, String candidateId, String interviewerEmail) {
        return given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("nonce", nonce)
                .formParam("candidateId", candidateId)
                .formParam("candidateEmail", "ada@example.com")
                .formParam("interviewerEmail", interviewerEmail)
                .formParam("interviewerId", "p-anna")
                .formParam("interviewerName", "Anna")
                .formParam("sessionDate", "2026-03-02")
                .formParam("interviewType", "coding")
                .formParam("recommendation", "leaning_no")
                .formParam("score.communication", "2")
                .formParam("note.communication", "Not convincing overall.")
                .formParam("score.problem_solving", "3")
                .formParam("comments", AMENDED);
    }

    private static UUID submit() {
        return UUID.fromString(given().contentType(ContentType.JSON)
                .body(Evaluations.exampleWith("\"cand-42\"", "\"amend-page\""))
                .post("/api/v1/evaluations").then().statusCode(201).extract().path("id"));
    }
}
