package org.practiceloop.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.icegreen.greenmail.util.GreenMailUtil;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
                "quarkus.mailer.port", String.valueOf(system.smtp().getSmtp().getPort())));
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

    private static JsonPath awaitPlanVersion(String candidate, int version) {
        return Awaitility.await("plan version " + version).atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> {
                    var response = given().get(analysis.baseUrl() + "/api/v1/candidates/" + candidate + "/action-plan");
                    return response.statusCode() == 200 ? response.jsonPath() : null;
                }, plan -> plan != null && plan.getInt("version") == version);
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
        return TestSystem.exampleEvaluation()
                .replace("\"cand-42\"", "\"" + candidate + "\"")
                .replace("ada@example.com", email);
    }
}
