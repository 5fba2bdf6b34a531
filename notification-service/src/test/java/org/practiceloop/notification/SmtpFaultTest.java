package org.practiceloop.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** SMTP faults against a real, scripted SMTP server: 451 is retried, 550 suppresses the address. */
@QuarkusTest
@TestProfile(ScriptedSmtpProfile.class)
class SmtpFaultTest {


    @InjectKafkaCompanion
    KafkaCompanion kafka;

    ScriptedSmtpServer smtp;

    @Test
    void aTemporaryRefusalIsRetriedAndDeliversOnce() throws Exception {
        String candidate = "cand-" + UUID.randomUUID();
        String address = "tempfail-" + candidate + "@example.com";
        double retriedBefore = ScrapedMetrics.value("practiceloop_emails_failed_total", "outcome=\"retry\"");
        double sentBefore = ScrapedMetrics.value("practiceloop_emails_sent_total", "");
        publish(candidate, address, 1);

        JsonPath delivery = awaitDelivery(candidate, "SENT");
        assertThat(ScrapedMetrics.value("practiceloop_emails_failed_total", "outcome=\"retry\""))
                .isEqualTo(retriedBefore + 1);
        assertThat(ScrapedMetrics.value("practiceloop_emails_sent_total", "")).isEqualTo(sentBefore + 1);
        // The refused attempt and the accepted one.
        assertThat(delivery.getInt("[0].attempts")).isEqualTo(2);
        assertThat(smtp.attempts(address)).isEqualTo(2);
        assertThat(smtp.accepted(address)).as("delivered exactly once").isEqualTo(1);
    }

    @Test
    void aPermanentRefusalIsNotRetriedAndSuppressesTheAddress() throws Exception {
        String candidate = "cand-" + UUID.randomUUID();
        String address = "reject-" + candidate + "@example.com";
        double gaveUpBefore = ScrapedMetrics.value("practiceloop_emails_failed_total", "outcome=\"gave_up\"");
        publish(candidate, address, 1);

        JsonPath failed = awaitDelivery(candidate, "FAILED");
        assertThat(failed.getString("[0].lastError")).isEqualTo("SMTP 550");
        assertThat(failed.getInt("[0].attempts")).isEqualTo(1);
        assertThat(ScrapedMetrics.value("practiceloop_emails_failed_total", "outcome=\"gave_up\""))
                .isEqualTo(gaveUpBefore + 1);

        publish(candidate, address, 2);
        JsonPath suppressed = awaitDelivery(candidate, "SUPPRESSED");
        assertThat(suppressed.getInt("[0].planVersion")).isEqualTo(2);
        assertThat(smtp.attempts(address)).as("the suppressed address is not tried again").isEqualTo(1);
    }

    private void publish(String candidate, String address, int version) {
        PlanEvents.publish(kafka, PlanEvents.forCandidate(candidate, address, version));
    }

    /** The newest delivery, once it has the given status. */
    private static JsonPath awaitDelivery(String candidate, String status) {
        return Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .ignoreExceptions() // 404 until the first email is queued
                .until(() -> given().get("/api/v1/candidates/" + candidate + "/deliveries").jsonPath(),
                        deliveries -> status.equals(deliveries.getString("[0].status")));
    }
}
