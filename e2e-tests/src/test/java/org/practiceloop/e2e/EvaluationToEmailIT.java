package org.practiceloop.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.icegreen.greenmail.util.GreenMailUtil;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.practiceloop.devinfra.FinishedSpans;
import org.practiceloop.devinfra.HeadlessChromium;

/**
 * The whole pipeline with no hop faked: the three packaged services as separate JVMs, a real
 * Kafka (KRaft) broker, the real PostgreSQL (a database per service) and a real SMTP server;
 * the plan page's interview form in headless Chromium.
 */
class EvaluationToEmailIT {

    private static final Pattern PLAN_LINK = Pattern.compile("(http://127\\.0\\.0\\.1:\\d+/plan\\?token=[\\w.-]+)");
    private static final Pattern AMEND_LINK = Pattern.compile("(http://127\\.0\\.0\\.1:\\d+/evaluations/[\\w-]+/amend\\?token=[\\w.-]+)");
    private static final Duration PACING_WINDOW = Duration.ofSeconds(3);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static TestSystem system;
    private static OtlpReceiver traces;
    private static ServiceProcess feedback;
    private static ServiceProcess analysis;
    private static ServiceProcess notification;

    @BeforeAll
    static void startTheSystem() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        system = new TestSystem();
        traces = new OtlpReceiver();
        feedback = system.start("feedback-service", "e2e_feedback", true, with(traces.exporterConfiguration(),
                "practiceloop.form.signing.keys.default.secret", UUID.randomUUID() + "-" + UUID.randomUUID()));
        analysis = system.start("analysis-service", "e2e_analysis", true, with(traces.exporterConfiguration(),
                "practiceloop.plan-page.signing.keys.default.secret", UUID.randomUUID() + "-" + UUID.randomUUID(),
                // Plan links point at wherever this analysis-service listens.
                "practiceloop.plan-page.public-url", "http://127.0.0.1:${quarkus.http.port}"));
        notification = system.start("notification-service", "e2e_notification", true, with(traces.exporterConfiguration(),
                "practiceloop.unsubscribe.signing.keys.default.secret", UUID.randomUUID() + "-" + UUID.randomUUID(),
                "quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", String.valueOf(system.smtp().getSmtp().getPort()),
                // The plan emails' pacing as in production, with a window short enough to pass inside a test.
                "practiceloop.email.pacing-window", PACING_WINDOW.toString()));
        List.of(feedback, analysis, notification).forEach(s -> s.awaitReady(Duration.ofSeconds(90)));
    }

    @AfterAll
    static void stopTheSystem() throws Exception {
        if (system != null) {
            system.close();
        }
        if (traces != null) {
            traces.close();
        }
    }

    private static Map<String, String> with(Map<String, String> base, String... keysAndValues) {
        Map<String, String> properties = new HashMap<>(base);
        for (int i = 0; i < keysAndValues.length; i += 2) {
            properties.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return properties;
    }

    @Test
    void anEvaluationPostedToFeedbackEndsAsAnActionPlanEmailInTheCandidatesInbox() throws Exception {
        String candidate = "cand-" + UUID.randomUUID();
        String email = candidate + "@example.com";

        given().contentType(ContentType.JSON).body(evaluation(candidate, email))
                .when().post(feedback.baseUrl() + "/api/v1/evaluations")
                .then().statusCode(201);

        MimeMessage message = Awaitility.await("the plan email").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> system.mailTo(email), inbox -> !inbox.isEmpty()).get(0);
        assertThat(message.getSubject()).isEqualTo("Your Practice Loop action plan");
        String body = GreenMailUtil.getBody(message);
        assertThat(body).contains("Clarify the requirements before coding", "Test the edge cases")
                .doesNotContain("role was frozen");

        JsonPath plan = given().get(analysis.baseUrl() + "/api/v1/candidates/" + candidate + "/action-plan")
                .then().statusCode(200).body("version", equalTo(1)).extract().jsonPath();
        assertThat(plan.getList("focusAreas.theme", String.class)).contains("problem_clarification");

        given().get(notification.baseUrl() + "/api/v1/candidates/" + candidate + "/deliveries")
                .then().statusCode(200).body("[0].status", equalTo("SENT"));

        // The email's link opens the candidate's plan page, where a drill can be ticked.
        Matcher link = PLAN_LINK.matcher(GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=3D", "="));
        assertThat(link.find()).as("the email links to the plan page").isTrue();
        String planPage = link.group(1);
        assertThat(planPage).startsWith(analysis.baseUrl() + "/plan?token=");
        given().get(planPage).then().statusCode(200)
                .body(containsString("Clarifying the problem"))
                .body(containsString("<svg class=\"theme-chart\""));
        given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("drill", "problem_clarification-1").formParam("done", "true")
                .post(planPage.replace("/plan?", "/plan/drills?"))
                .then().statusCode(303);
        given().get(planPage).then().statusCode(200).body(containsString("You have done 1 of"));
    }

    @Test
    void oneEvaluationIsOneTraceFromTheSubmissionThroughEveryServiceToTheEmail() {
        String candidate = "trace-" + UUID.randomUUID();
        String email = candidate + "@example.com";
        String traceId = FinishedSpans.newTraceId();

        given().contentType(ContentType.JSON).header("traceparent", FinishedSpans.newTraceparent(traceId))
                .body(evaluation(candidate, email)).post(feedback.baseUrl() + "/api/v1/evaluations")
                .then().statusCode(201);
        Awaitility.await("the plan email").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> system.mailTo(email), inbox -> !inbox.isEmpty());

        // Each process exported its part of the trace over OTLP, none knowing the others'.
        Awaitility.await("the spans of every hop, exported by each process").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(250)).untilAsserted(() -> assertThat(traces.spansOf(traceId))
                        .extracting(OtlpReceiver.ReceivedSpan::service, OtlpReceiver.ReceivedSpan::name)
                        .contains(tuple("feedback-service", "POST /api/v1/evaluations"),
                                tuple("feedback-service", "evaluation-submitted publish"),
                                tuple("analysis-service", "evaluation-submitted receive"),
                                tuple("analysis-service", "action-plan-updated publish"),
                                tuple("notification-service", "evaluation-submitted receive"),
                                tuple("notification-service", "action-plan-updated receive"),
                                tuple("notification-service", "plan-email send")));
    }

    @Test
    void everyMetricTheDashboardAndTheAlertsQueryIsPublishedByARunningService() {
        String scraped = String.join("\n", List.of(feedback, analysis, notification).stream()
                .map(s -> given().get(s.baseUrl() + "/q/metrics").then().statusCode(200).extract().asString()).toList());
        Set<String> families = new HashSet<>();
        Matcher sample = Pattern.compile("(?m)^([a-zA-Z_:][a-zA-Z0-9_:]*)[{ ]").matcher(scraped);
        while (sample.find()) {
            families.add(sample.group(1));
        }
        assertThat(families).containsAll(ObservabilityFilesTest.PUBLISHED);
    }

    @Test
    void anErasedCandidateLeavesNoTraceInAnyTableOfAnyService() throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String candidate = "erase-" + marker;
        String email = "zq-" + marker + "@example.com";
        String name = "Zelda Quirinus " + marker;
        String phrase = "tuba-" + marker + " warm-up";
        String body = evaluation(candidate, email).replace("Ada Byron", name)
                .replace("Clarify the requirements before coding", "Clarify the requirements before the " + phrase);
        given().contentType(ContentType.JSON).body(body).post(feedback.baseUrl() + "/api/v1/evaluations")
                .then().statusCode(201);
        Awaitility.await("the plan email").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> system.mailTo(email), inbox -> !inbox.isEmpty());
        String firm = "Quokka-" + marker + " Ltd";
        String interviewPhrase = "oboe-" + marker + " module";
        given().contentType(ContentType.JSON).body(interview(firm, "Hi,\n\nYour tests never covered the "
                        + interviewPhrase + ", and an empty input crashed it.\n\nBest,\nNoor"))
                .post(feedback.baseUrl() + "/api/v1/candidates/" + candidate + "/interviews").then().statusCode(201);
        Awaitility.await("the interview analysed").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> tablesContaining(List.of(interviewPhrase)).stream().anyMatch(t -> t.startsWith("e2e_analysis.")));
        List<String> traces = List.of(email, name, phrase, firm, interviewPhrase);
        assertThat(tablesContaining(traces)).as("before the erasure").isNotEmpty();

        given().delete(feedback.baseUrl() + "/api/v1/candidates/" + candidate).then().statusCode(202);

        Awaitility.await("nothing left").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> tablesContaining(traces), List::isEmpty);
        given().get(analysis.baseUrl() + "/api/v1/candidates/" + candidate + "/themes").then().statusCode(404);
        given().get(notification.baseUrl() + "/api/v1/candidates/" + candidate + "/deliveries").then().statusCode(404);
    }

    @Test
    void aRealInterviewLoggedAtFeedbackJoinsThePlanAsTheCompanysEvidenceUntilItIsDeleted() {
        String candidate = "real-" + UUID.randomUUID();
        given().contentType(ContentType.JSON).body(evaluation(candidate, candidate + "@example.com"))
                .post(feedback.baseUrl() + "/api/v1/evaluations").then().statusCode(201);
        awaitPlanVersion(candidate, 1);

        String id = given().contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(interview("Quillfeather", "Hi Ada,\n\nThank you for interviewing with Quillfeather.\n\n"
                        + "Your solution was never run against edge cases such as an empty input, and the off-by-one "
                        + "bug went unnoticed.\nUnfortunately, the hiring budget for the team was cut this quarter."
                        + "\n\nBest regards,\nNoor Haddad\nTalent team"))
                .post(feedback.baseUrl() + "/api/v1/candidates/" + candidate + "/interviews")
                .then().statusCode(201).extract().path("id");

        JsonPath raised = awaitPlanVersion(candidate, 2);
        assertThat(raised.getString("focusAreas[0].theme")).isEqualTo("testing_debugging");
        assertThat(raised.getInt("focusAreas[0].interviews")).isEqualTo(1);
        assertThat(raised.getList("focusAreas[0].evidence.source", String.class)).contains("company", "mock");
        assertThat(raised.prettify()).doesNotContain("budget").doesNotContain("Thank you").doesNotContain("Noor");

        given().delete(feedback.baseUrl() + "/api/v1/candidates/" + candidate + "/interviews/" + id)
                .then().statusCode(204);
        assertThat(awaitPlanVersion(candidate, 3).getList("focusAreas.interviews", Integer.class)).containsOnly(0);
    }

    @Test
    void aCandidateLogsARealInterviewOnTheirPlanPageAndSeesItsItemsSortedThere() throws Exception {
        String candidate = "plan-form-" + UUID.randomUUID();
        String email = candidate + "@example.com";
        given().contentType(ContentType.JSON).body(evaluation(candidate, email))
                .post(feedback.baseUrl() + "/api/v1/evaluations").then().statusCode(201);
        MimeMessage message = Awaitility.await("the plan email").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> system.mailTo(email), inbox -> !inbox.isEmpty()).get(0);
        Matcher link = PLAN_LINK.matcher(GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=3D", "="));
        assertThat(link.find()).as("the email links to the plan page").isTrue();

        String constructive = "Your solution was never run against edge cases such as an empty input, and the off-by-one "
                + "bug went unnoticed.";
        String external = "Unfortunately, the hiring budget for the team was cut this quarter.";
        WebDriver browser = HeadlessChromium.start(1000, 2400);
        try {
            browser.get(link.group(1));
            browser.findElement(By.id("interview-company")).sendKeys("Larkspur Analytics");
            browser.findElement(By.id("interview-role")).sendKeys("software engineer");
            browser.findElement(By.cssSelector("#interview-stage option[value='onsite']")).click();
            // The date picker's typed format depends on the browser's locale; the value is what the form sends.
            ((JavascriptExecutor) browser).executeScript("arguments[0].value = '2026-03-10'",
                    browser.findElement(By.id("interview-interviewDate")));
            browser.findElement(By.cssSelector("#interview-outcome option[value='rejected']")).click();
            browser.findElement(By.id("interview-feedback")).sendKeys("Hi Ada,\n\nThank you for interviewing with "
                    + "Larkspur Analytics.\n\n" + constructive + "\n" + external + "\n\nBest regards,\nIrene Vos");
            HeadlessChromium.submit(browser, By.cssSelector("#log-interview button[type='submit']"));
            assertThat(browser.findElement(By.cssSelector("#log-interview .confirmation")).getText())
                    .contains("Your interview is logged");

            // Analysed by the pipeline (feedback's outbox, Kafka, analysis): reloaded until it shows, bounded.
            Awaitility.await("the interview on the plan page").atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofSeconds(1)).ignoreExceptions().until(() -> {
                        browser.navigate().refresh();
                        return browser.findElement(By.cssSelector(".timeline li.real")).getText()
                                .contains("software engineer at Larkspur Analytics, onsite");
                    });
            HeadlessChromium.screenshot(browser, "plan-page-interview-logged");
            assertThat(browser.findElement(By.cssSelector(".timeline li.real .outcome")).getText()).isEqualTo("rejected");
            assertThat(browser.findElements(By.cssSelector("blockquote")).stream().map(WebElement::getText))
                    .anySatisfy(quote -> assertThat(quote).contains("edge cases such as an empty input")
                            .contains("a company, after your interview on"));
            assertThat(browser.findElement(By.cssSelector(".left-aside")).getText())
                    .contains("Outside your control, left aside", "hiring budget for the team was cut");
            assertThat(browser.getPageSource()).doesNotContain("Irene Vos").doesNotContain("Thank you for interviewing");
        } finally {
            browser.quit();
        }
        given().get(feedback.baseUrl() + "/api/v1/candidates/" + candidate + "/interviews").then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].company", equalTo("Larkspur Analytics"));
    }

    @Test
    void aPartnerToldOfAShieldedCommentAmendsItThroughTheLinkAndTheCandidateIsEmailedThePlanWithItOnce()
            throws Exception {
        String candidate = "amend-" + UUID.randomUUID();
        String email = candidate + "@example.com";
        String partner = "anna-" + UUID.randomUUID() + "@example.com";
        String vague = "Something about the way you explained things felt off.";
        String hurtful = "Honestly, people like you never make it as engineers.";
        String rephrased = "Interrupted me twice while I was explaining the approach; let the interviewer finish "
                + "before answering.";
        ObjectNode body = evaluationNode(candidate, email);
        ((ObjectNode) body.get("interviewer")).put("email", partner);
        ((ObjectNode) body.at("/ratings/0")).put("note", vague);
        body.put("comments", hurtful);

        // What the review would have told Anna while she wrote: the email must say the same.
        JsonPath review = given().contentType(ContentType.JSON).body(body.toString())
                .post(feedback.baseUrl() + "/api/v1/evaluations/review").then().statusCode(200).extract().jsonPath();
        Map<String, Object> vagueItem = review.getMap("items.find { it.text == '" + vague + "' }");
        assertThat(vagueItem).containsEntry("reason", "vague").containsEntry("shownToCandidate", false);
        Map<String, Object> hurtfulItem = review.getMap("items.find { it.text == '" + hurtful + "' }");
        assertThat(hurtfulItem).containsEntry("reason", "hurtful").containsEntry("shownToCandidate", false);

        String id = given().contentType(ContentType.JSON).body(body.toString())
                .post(feedback.baseUrl() + "/api/v1/evaluations").then().statusCode(201).extract().path("id");

        MimeMessage partnerEmail = Awaitility.await("the partner's email").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> system.mailTo(partner), inbox -> !inbox.isEmpty()).get(0);
        String told = textOf(partnerEmail);
        assertThat(told).contains("\"" + vague + "\"", "\"" + hurtful + "\"",
                "Why: It is too general to act on", "Suggestion: " + vagueItem.get("suggestion"),
                "Why: It reads as personal or hurtful", "Suggestion: " + hurtfulItem.get("suggestion"));
        Matcher link = AMEND_LINK.matcher(told);
        assertThat(link.find()).as("the email carries the amend link").isTrue();
        assertThat(link.group(1)).startsWith(feedback.baseUrl() + "/evaluations/" + id + "/amend?token=");
        // The candidate's first plan went at once, without either comment.
        MimeMessage firstPlan = Awaitility.await("plan version 1's email").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> system.mailTo(email), inbox -> !inbox.isEmpty()).get(0);
        assertThat(textOf(firstPlan)).contains("Plan version 1").doesNotContain(vague).doesNotContain(hurtful);

        // Anna follows the link and rephrases the vague note on the form; the hurtful comment she leaves.
        WebDriver browser = HeadlessChromium.start(1000, 2400);
        try {
            browser.get(link.group(1));
            assertThat(browser.findElement(By.id("amend-intro")).getText()).contains("revision 1");
            WebElement note = browser.findElement(By.id("note.communication"));
            assertThat(note.getAttribute("value")).isEqualTo(vague);
            note.clear();
            note.sendKeys(rephrased);
            HeadlessChromium.submit(browser, By.cssSelector("button[name='action'][value='submit']"));
            assertThat(browser.findElement(By.id("revision")).getText()).isEqualTo("2");
        } finally {
            browser.quit();
        }
        JsonPath revisions = given().get(feedback.baseUrl() + "/api/v1/evaluations/" + id + "/revisions")
                .then().statusCode(200).extract().jsonPath();
        assertThat(revisions.getList("revisions.revision", Integer.class)).containsExactly(1, 2);
        assertThat(revisions.getString("revisions[1].ratings[0].note")).isEqualTo(rephrased);
        assertThat(revisions.getString("revisions[0].ratings[0].note")).isEqualTo(vague);

        // analysis-service replaced the evaluation's items with the revision's, and made plan version 2 quoting it.
        JsonPath plan = awaitPlanVersion(candidate, 2);
        assertThat(plan.getList("focusAreas.evidence.quote").toString()).contains(rephrased);
        assertThat(itemTexts(id)).containsExactly("Clean, readable code.", "Clarify the requirements before coding",
                "Test the edge cases", hurtful, rephrased);

        List<MimeMessage> plans = Awaitility.await("plan version 2's email").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> system.mailTo(email), inbox -> inbox.size() >= 2);
        assertThat(textOf(plans.get(1))).contains("Plan version 2", rephrased).doesNotContain(hurtful);
        JsonPath deliveries = given().get(notification.baseUrl() + "/api/v1/candidates/" + candidate + "/deliveries")
                .then().statusCode(200).extract().jsonPath();
        assertThat(deliveries.getList("status", String.class)).containsExactly("SENT", "SENT");
        assertPaced(deliveries);

        // The analysis of revision 2 still shields the hurtful comment; once notification has handled it, still one email.
        UUID revisedAnalysis = Awaitility.await("revision 2's EvaluationAnalyzed").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(250)).until(() -> analysisEventOf(id, 2), Objects::nonNull);
        Awaitility.await("notification-service handled it").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(250)).until(() -> processedByNotification(revisedAnalysis));
        assertThat(system.mailTo(partner)).hasSize(1);
        assertThat(system.mailTo(email)).hasSize(2);
    }

    @Test
    void threePartnersRaiseAWeaknessTheFourthSeesItImprovedAndTheEmailedPlanSaysWhoAndWhen() throws Exception {
        String candidate = "loop-" + UUID.randomUUID();
        String email = candidate + "@example.com";
        // The example raises clarifying the problem (and testing) each time; three partners, a week apart.
        List<String> partners = List.of("Anna", "Bruno", "Carla");
        for (int week = 0; week < partners.size(); week++) {
            ObjectNode session = evaluationNode(candidate, email);
            ((ObjectNode) session.get("interviewer")).put("id", "p-" + partners.get(week).toLowerCase(Locale.ROOT))
                    .put("name", partners.get(week));
            session.put("sessionDate", LocalDate.of(2026, 3, 2).plusWeeks(week).toString());
            given().contentType(ContentType.JSON).body(session.toString())
                    .post(feedback.baseUrl() + "/api/v1/evaluations").then().statusCode(201);
        }
        JsonPath raised = Awaitility.await("the three sessions in the plan").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(250)).until(() -> currentPlan(candidate),
                        p -> p != null && Integer.valueOf(3).equals(p.get(CLARIFICATION + ".sessions")));
        assertThat(raised.getString(CLARIFICATION + ".status")).isEqualTo("recurring");
        assertThat(raised.getInt(CLARIFICATION + ".partners")).isEqualTo(3);

        // What the fourth partner is asked to look at.
        JsonPath focus = given().get(analysis.baseUrl() + "/api/v1/candidates/" + candidate + "/focus-areas")
                .then().statusCode(200).extract().jsonPath();
        assertThat(focus.getInt("planVersion")).isEqualTo(raised.getInt("version"));
        assertThat(focus.getList("focusAreas.theme", String.class)).contains("problem_clarification");
        assertThat(focus.getString("focusAreas.find { it.theme == 'problem_clarification' }.lookFor")).isNotBlank();
        assertThat(focus.getString("focusAreas.find { it.theme == 'problem_clarification' }.recheckOn")).isNotNull();

        // Dana checks it improved and does not raise it; she still raises testing.
        ObjectNode fourth = evaluationNode(candidate, email);
        ((ObjectNode) fourth.get("interviewer")).put("id", "p-dana").put("name", "Dana");
        fourth.put("sessionDate", "2026-03-23").put("improvements", "- Test the edge cases before saying you are done");
        fourth.putArray("focusChecks").addObject().put("theme", "problem_clarification").put("progress", "improved")
                .put("note", "asked about the input size first");
        given().contentType(ContentType.JSON).body(fourth.toString())
                .post(feedback.baseUrl() + "/api/v1/evaluations").then().statusCode(201)
                .body("focusChecks[0].progress", equalTo("improved"));

        JsonPath resolved = awaitPlanVersion(candidate, raised.getInt("version") + 1);
        assertThat(resolved.getList("focusAreas.theme", String.class)).doesNotContain("problem_clarification");
        assertThat(resolved.getMap("improved.find { it.theme == 'problem_clarification' }.checkIn"))
                .isEqualTo(Map.of("by", "Dana", "progress", "improved", "on", "2026-03-23"));
        given().get(analysis.baseUrl() + "/api/v1/candidates/" + candidate + "/themes").then().statusCode(200)
                .body(containsString("\"theme\":\"problem_clarification\",\"status\":\"resolved\""));

        String saysSo = "Dana saw improvement in Clarifying the problem on 23 March, and no partner has raised it since.";
        Awaitility.await("the email of the resolved plan").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(250)).until(() -> system.mailTo(email).stream()
                        .anyMatch(m -> textOf(m).contains(saysSo)));
        List<MimeMessage> inbox = system.mailTo(email);
        assertThat(inbox.stream().filter(m -> textOf(m).contains(saysSo))).singleElement()
                .satisfies(m -> assertThat(textOf(m)).contains("Plan version " + resolved.getInt("version")));
        JsonPath deliveries = given().get(notification.baseUrl() + "/api/v1/candidates/" + candidate + "/deliveries")
                .then().statusCode(200).extract().jsonPath();
        assertThat(deliveries.getList("status", String.class)).filteredOn("SENT"::equals).hasSize(inbox.size());
        assertPaced(deliveries);
    }

    private static JsonPath awaitPlanVersion(String candidate, int version) {
        return Awaitility.await("plan version " + version).atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> {
                    var response = given().get(analysis.baseUrl() + "/api/v1/candidates/" + candidate + "/action-plan");
                    return response.statusCode() == 200 ? response.jsonPath() : null;
                }, plan -> plan != null && plan.getInt("version") == version);
    }

    /** Read from a plan's JSON: the problem_clarification focus area. */
    private static final String CLARIFICATION = "focusAreas.find { it.theme == 'problem_clarification' }";

    private static JsonPath currentPlan(String candidate) {
        var response = given().get(analysis.baseUrl() + "/api/v1/candidates/" + candidate + "/action-plan");
        return response.statusCode() == 200 ? response.jsonPath() : null;
    }

    /**
     * The pacing, from the delivery log: every plan version was sent once or superseded by a later
     * one, the latest was sent, and no two emails went less than the window apart (less a second:
     * the window counts from the previous email's claim by the dispatcher, a moment before its sentAt).
     */
    private static void assertPaced(JsonPath deliveries) {
        List<Map<String, Object>> log = deliveries.getList("$");
        assertThat(log).extracting(d -> d.get("planVersion")).doesNotHaveDuplicates();
        assertThat(log).allSatisfy(d -> assertThat(d.get("status")).isIn("SENT", "SUPERSEDED"));
        int latest = log.stream().mapToInt(d -> (Integer) d.get("planVersion")).max().orElseThrow();
        assertThat(log).filteredOn(d -> d.get("planVersion").equals(latest)).singleElement()
                .satisfies(d -> assertThat(d.get("status")).isEqualTo("SENT"));
        List<Instant> sent = log.stream().filter(d -> d.get("status").equals("SENT"))
                .map(d -> Instant.parse((String) d.get("sentAt"))).sorted().toList();
        for (int i = 1; i < sent.size(); i++) {
            assertThat(Duration.between(sent.get(i - 1), sent.get(i))).as("between plan emails")
                    .isGreaterThanOrEqualTo(PACING_WINDOW.minusSeconds(1));
        }
    }

    /** The email's plain-text part, decoded. */
    private static String textOf(MimeMessage message) {
        try {
            return textOf(message.getContent());
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String textOf(Object content) throws IOException, MessagingException {
        if (content instanceof String text) {
            return text;
        }
        Multipart parts = (Multipart) content;
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.isMimeType("text/plain") || part.isMimeType("multipart/*")) {
                return textOf(part.getContent());
            }
        }
        throw new IllegalStateException("No text part in the email");
    }

    /** The feedback items analysis-service holds for the evaluation, in field order. */
    private static List<String> itemTexts(String evaluationId) throws SQLException {
        return query("e2e_analysis", "select text from feedback_item where evaluation_id = ?::uuid order by position",
                evaluationId);
    }

    /** The id of the EvaluationAnalyzed analysis-service wrote for that revision, or null. */
    private static UUID analysisEventOf(String evaluationId, int revision) throws SQLException {
        List<String> ids = query("e2e_analysis", """
                select id::text from outbox_message where topic = 'evaluation-analyzed'
                and payload::jsonb #>> '{data,evaluationId}' = ? and payload::jsonb #>> '{data,revision}' = ?""",
                evaluationId, String.valueOf(revision));
        return ids.isEmpty() ? null : UUID.fromString(ids.get(0));
    }

    private static boolean processedByNotification(UUID eventId) throws SQLException {
        return !query("e2e_notification", "select event_id::text from processed_event where event_id = ?::uuid",
                eventId.toString()).isEmpty();
    }

    private static List<String> query(String database, String sql, String... parameters) throws SQLException {
        try (Connection connection = DriverManager.getConnection(system.database(database),
                system.postgres().user(), system.postgres().password());
                PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setString(i + 1, parameters[i]);
            }
            List<String> rows = new ArrayList<>();
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    rows.add(result.getString(1));
                }
            }
            return rows;
        }
    }

    private static Map<String, String> interview(String company, String feedback) {
        return Map.of("company", company, "role", "software engineer", "stage", "onsite",
                "interviewDate", "2026-03-10", "outcome", "rejected", "feedback", feedback);
    }

    /** "database.table" for every row, in every table of the three services, whose text contains one of these. */
    private static List<String> tablesContaining(List<String> traces) throws SQLException {
        List<String> found = new ArrayList<>();
        for (String database : List.of("e2e_feedback", "e2e_analysis", "e2e_notification")) {
            try (Connection connection = DriverManager.getConnection(system.database(database),
                    system.postgres().user(), system.postgres().password())) {
                List<String> tables = new ArrayList<>();
                try (ResultSet rows = connection.createStatement().executeQuery("""
                        select table_name from information_schema.tables
                        where table_schema = 'public' and table_type = 'BASE TABLE'""")) {
                    while (rows.next()) {
                        tables.add(rows.getString(1));
                    }
                }
                for (String table : tables) {
                    for (String trace : traces) {
                        try (PreparedStatement query = connection.prepareStatement(
                                "select count(*) from \"" + table + "\" t where t::text ilike ?")) {
                            query.setString(1, "%" + trace + "%");
                            try (ResultSet count = query.executeQuery()) {
                                count.next();
                                if (count.getLong(1) > 0) {
                                    found.add(database + "." + table + " has " + trace);
                                }
                            }
                        }
                    }
                }
            }
        }
        return found;
    }

    /** The documented example evaluation (feedback-service's test resource), for this candidate. */
    private static String evaluation(String candidate, String email) {
        return evaluationNode(candidate, email).toString();
    }

    private static ObjectNode evaluationNode(String candidate, String email) {
        try {
            ObjectNode evaluation = (ObjectNode) JSON.readTree(TestSystem.exampleEvaluation());
            ((ObjectNode) evaluation.get("candidate")).put("id", candidate).put("email", email);
            return evaluation;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
