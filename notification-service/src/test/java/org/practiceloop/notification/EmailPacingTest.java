package org.practiceloop.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.icegreen.greenmail.util.GreenMail;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.practiceloop.devinfra.InjectSmtpServer;

/**
 * Pacing: the first plan goes at once, later versions wait for the candidate's window (24 h by
 * default) and a newer one replaces one still waiting; the candidate's choice of frequency
 * (API or the signed page from the email) moves a waiting email to the new window.
 */
@QuarkusTest
class EmailPacingTest {

    private static final Pattern PREFERENCES_LINK = Pattern.compile("(http://127\\.0\\.0\\.1:8083/email-preferences\\?token=[\\w.-]+)");

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @InjectSmtpServer
    GreenMail smtp;

    @Test
    void laterVersionsWaitForTheWindowAndTheNewestReplacesTheWaitingOne() throws Exception {
        String candidate = "cand-" + UUID.randomUUID();
        publish(candidate, 1);
        JsonPath first = awaitNewest(candidate, 1, "SENT");
        Instant sentAt = Instant.parse(first.getString("[0].sentAt"));

        publish(candidate, 2);
        JsonPath waiting = awaitNewest(candidate, 2, "PENDING");
        assertThat(Instant.parse(waiting.getString("[0].scheduledFor")))
                .isCloseTo(sentAt.plus(Duration.ofHours(24)), within(1, ChronoUnit.SECONDS));

        publish(candidate, 3);
        JsonPath replaced = awaitNewest(candidate, 3, "PENDING");
        assertThat(replaced.getInt("[0].replacesVersions")).isEqualTo(1);
        assertThat(replaced.getString("[1].status")).isEqualTo("SUPERSEDED");
        assertThat(replaced.getInt("[1].supersededBy")).isEqualTo(3);
        assertThat(emailsTo(candidate)).hasSize(1);

        // The candidate wants every update: the waiting email (version 3) goes now.
        given().contentType(ContentType.JSON).body(Map.of("frequency", "each_update"))
                .put("/api/v1/candidates/" + candidate + "/email-preferences")
                .then().statusCode(200).body("frequency", equalTo("each_update"));
        awaitNewest(candidate, 3, "SENT");
        List<MimeMessage> emails = emailsTo(candidate);
        assertThat(emails).hasSize(2);
        assertThat(emails.get(1).getSubject()).isEqualTo("Your updated Practice Loop action plan (version 3)");
        assertThat(Mailbox.part(emails.get(1), "text/plain")).contains("Your plan changed 2 times since our last email");
    }

    @Test
    void aWeeklyCandidateWaitsAWeekAndChoosesOnTheSignedPage() throws Exception {
        String candidate = "cand-" + UUID.randomUUID();
        publish(candidate, 1);
        Instant sentAt = Instant.parse(awaitNewest(candidate, 1, "SENT").getString("[0].sentAt"));
        MimeMessage email = Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> emailsTo(candidate), e -> !e.isEmpty()).get(0);
        Matcher link = PREFERENCES_LINK.matcher(Mailbox.part(email, "text/plain"));
        assertThat(link.find()).as("the email links to the preferences page").isTrue();
        String page = link.group(1).replace("http://127.0.0.1:8083", "");

        given().get(page).then().statusCode(200).contentType(ContentType.HTML)
                .body(containsString("How often should we email your action plan?"));
        given().contentType(ContentType.URLENC).formParam("frequency", "weekly").post(page)
                .then().statusCode(200).body(containsString("Saved."));
        given().get("/api/v1/candidates/" + candidate + "/email-preferences")
                .then().statusCode(200).body("frequency", equalTo("weekly"));

        publish(candidate, 2);
        assertThat(Instant.parse(awaitNewest(candidate, 2, "PENDING").getString("[0].scheduledFor")))
                .isCloseTo(sentAt.plus(Duration.ofDays(7)), within(1, ChronoUnit.SECONDS));

        given().contentType(ContentType.URLENC).formParam("frequency", "hourly").post(page)
                .then().statusCode(400).body(containsString("Please choose one of the options."));
        given().get(page.replace("token=", "token=x")).then().statusCode(400)
                .body(containsString("This link does not work"));

        // Unsubscribing also cancels the email that waits for its week.
        given().post(page.replace("/email-preferences", "/unsubscribe")).then().statusCode(200);
        awaitNewest(candidate, 2, "UNSUBSCRIBED");
    }

    @Test
    void aPreferenceMustBeAKnownFrequency() {
        given().contentType(ContentType.JSON).body(Map.of("frequency", "hourly"))
                .put("/api/v1/candidates/c-1/email-preferences")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("frequency"))
                .body("errors[0].message", equalTo("must be one of each_update, daily, weekly"));
        given().get("/api/v1/candidates/nobody-" + UUID.randomUUID() + "/email-preferences")
                .then().statusCode(200).body("frequency", nullValue());
    }

    private void publish(String candidate, int version) {
        PlanEvents.publish(kafka, PlanEvents.forCandidate(candidate, version));
    }

    /** The deliveries, once the newest is this version with this status. */
    private static JsonPath awaitNewest(String candidate, int version, String status) {
        return Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .ignoreExceptions() // no delivery yet
                .until(() -> given().get("/api/v1/candidates/" + candidate + "/deliveries").jsonPath(),
                        d -> d.getInt("[0].planVersion") == version && status.equals(d.getString("[0].status")));
    }

    private List<MimeMessage> emailsTo(String candidate) {
        return Mailbox.to(smtp, candidate + "@example.com");
    }
}
