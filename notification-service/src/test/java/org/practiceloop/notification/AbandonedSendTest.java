package org.practiceloop.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.practiceloop.common.tenant.Tenancy;
import org.practiceloop.devinfra.InjectSmtpServer;
import org.practiceloop.notification.domain.DeliveryStatus;
import org.practiceloop.notification.domain.PlanEmail;

/**
 * A dispatcher that died mid-send leaves its email SENDING. Once the lease (2 min) has passed,
 * the email is sent again, once, with the same Message-ID; an email another dispatcher is
 * sending right now is left alone.
 */
@QuarkusTest
class AbandonedSendTest {

    @InjectSmtpServer
    GreenMail smtp;

    @Test
    void anEmailLeftSendingByADeadDispatcherIsSentOnceAndALiveClaimIsLeftAlone() throws Exception {
        String abandoned = "cand-" + UUID.randomUUID();
        String live = "cand-" + UUID.randomUUID();
        UUID abandonedId = Tenancy.asService(() -> QuarkusTransaction.requiringNew()
                .call(() -> claimedEmail(abandoned, Instant.now().minus(Duration.ofMinutes(10)))));
        UUID liveId = Tenancy.asService(() -> QuarkusTransaction.requiringNew().call(() -> claimedEmail(live, Instant.now())));
        try {
            List<MimeMessage> emails = Awaitility.await().atMost(Duration.ofSeconds(20))
                    .until(() -> Mailbox.to(smtp, abandoned + "@example.com"), e -> !e.isEmpty());
            assertThat(emails.get(0).getHeader("Message-ID")[0]).isEqualTo("<plan-" + abandonedId + "@practiceloop>");
            JsonPath delivery = given().get("/api/v1/candidates/" + abandoned + "/deliveries").jsonPath();
            assertThat(delivery.getString("[0].status")).isEqualTo("SENT");
            assertThat(delivery.getInt("[0].attempts")).isEqualTo(2);

            Thread.sleep(2_500); // more than a dispatcher round (2 s)
            assertThat(Mailbox.to(smtp, abandoned + "@example.com")).hasSize(1);
            assertThat(Mailbox.to(smtp, live + "@example.com")).isEmpty();
            assertThat(given().get("/api/v1/candidates/" + live + "/deliveries").jsonPath().getString("[0].status"))
                    .isEqualTo("SENDING");
        } finally {
            Tenancy.asService(() -> QuarkusTransaction.requiringNew().run(() -> PlanEmail.deleteById(liveId)));
        }
    }

    /** What a dispatcher leaves behind after claiming an email and before the SMTP server answered. */
    private static UUID claimedEmail(String candidate, Instant claimedAt) {
        PlanEmail email = new PlanEmail();
        email.id = UUID.randomUUID();
        email.organizationId = "default";
        email.candidateId = candidate;
        email.planVersion = 1;
        email.recipient = candidate + "@example.com";
        email.subject = "Your Practice Loop action plan";
        email.htmlBody = "<p>Your plan</p>";
        email.textBody = "Your plan";
        email.unsubscribeUrl = "http://127.0.0.1:8083/unsubscribe?token=t";
        email.status = DeliveryStatus.SENDING;
        email.attempts = 1;
        email.claimedAt = claimedAt.truncatedTo(ChronoUnit.MICROS);
        email.createdAt = email.claimedAt;
        email.nextAttemptAt = email.claimedAt;
        email.persist();
        return email.id;
    }
}
