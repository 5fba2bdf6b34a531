package org.practiceloop.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.practiceloop.devinfra.SmtpServer;

/**
 * The whole pipeline with no hop faked: the three packaged services as separate JVMs, a real
 * Kafka (KRaft) broker, the real PostgreSQL (a database per service) and a real SMTP server.
 */
class EvaluationToEmailIT {

    private static final Pattern PLAN_LINK = Pattern.compile("(http://127\\.0\\.0\\.1:\\d+/plan\\?token=[\\w.-]+)");
    private static TestSystem system;
    private static GreenMail smtp;
    private static ServiceProcess feedback;
    private static ServiceProcess analysis;
    private static ServiceProcess notification;

    @BeforeAll
    static void startTheSystem() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        system = new TestSystem();
        smtp = SmtpServer.start();
        feedback = system.start("feedback-service", "e2e_feedback", true, Map.of());
        analysis = system.start("analysis-service", "e2e_analysis", true, Map.of(
                "practiceloop.plan-page.secret", UUID.randomUUID() + "-" + UUID.randomUUID(),
                // Plan links point at wherever this analysis-service listens.
                "practiceloop.plan-page.public-url", "http://127.0.0.1:${quarkus.http.port}"));
        notification = system.start("notification-service", "e2e_notification", true, Map.of(
                "practiceloop.unsubscribe.secret", UUID.randomUUID() + "-" + UUID.randomUUID(),
                "quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", String.valueOf(smtp.getSmtp().getPort())));
        List.of(feedback, analysis, notification).forEach(s -> s.awaitReady(Duration.ofSeconds(90)));
    }

    @AfterAll
    static void stopTheSystem() throws InterruptedException {
        if (system != null) {
            system.close();
        }
        if (smtp != null) {
            smtp.stop();
        }
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
                .until(() -> inboxOf(email), inbox -> !inbox.isEmpty()).get(0);
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

    private List<MimeMessage> inboxOf(String address) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(address));
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    /** The documented example evaluation (feedback-service's test resource), for this candidate. */
    private static String evaluation(String candidate, String email) throws IOException {
        return Files.readString(TestSystem.ROOT.resolve("feedback-service/src/test/resources/evaluation.json"))
                .replace("\"cand-42\"", "\"" + candidate + "\"")
                .replace("ada@example.com", email);
    }
}
