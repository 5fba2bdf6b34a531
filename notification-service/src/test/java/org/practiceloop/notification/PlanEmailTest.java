package org.practiceloop.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.icegreen.greenmail.util.GreenMail;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.practiceloop.devinfra.InjectSmtpServer;

/** ActionPlanUpdated, as analysis-service really publishes it, becomes one email in a real SMTP server. */
@QuarkusTest
class PlanEmailTest {

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @InjectSmtpServer
    GreenMail smtp;

    @Test
    void aPlanIsEmailedWithHtmlAndTextPartsAndAStableMessageId() throws Exception {
        String candidate = "cand-" + UUID.randomUUID();
        ObjectNode event = PlanEvents.forCandidate(candidate, 1);
        ((ObjectNode) event.get("data")).putArray("drillsDone").add("problem_clarification-1");
        publish(event);

        MimeMessage email = awaitEmails(candidate, 1).get(0);
        assertThat(email.getSubject()).isEqualTo("Your Practice Loop action plan");
        assertThat(email.getFrom()[0].toString()).contains("plans@practiceloop.local");
        assertThat(email.getHeader("Message-ID")[0]).matches("<plan-[0-9a-f-]{36}@practiceloop>");
        assertThat(email.getHeader("List-Unsubscribe")[0]).matches("<http://127.0.0.1:8083/unsubscribe\\?token=[\\w-]+\\.[\\w-]+>");
        assertThat(email.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");

        String text = Mailbox.part(email, "text/plain");
        String html = Mailbox.part(email, "text/html");
        assertThat(text).contains("Hi Ada Byron", "CLARIFYING THE PROBLEM", "\"Clarify the requirements before coding\" (2026-03-02)",
                "Target: A written checklist on 10 consecutive problems.", "We left out 3 comments",
                "Open your plan page (charts, earlier versions, tick drills as done): http://127.0.0.1:8082/plan?token=",
                "You have done 1 of 4 drills in this plan.", "  - [done] Before each practice problem",
                "Your re-check is due on 16 March 2026, for Clarifying the problem and Testing and debugging: "
                        + "book a mock interview by then, and your partner will be asked how it went.");
        assertThat(html).contains("<h2", "Clarifying the problem", "Clarify the requirements before coding",
                "Check again on 16 March 2026.", "<a href=\"http://127.0.0.1:8082/plan?token=", "✓ Done:",
                "<strong>Your re-check is due on 16 March 2026, for Clarifying the problem and Testing and debugging</strong>");

        given().get("/api/v1/candidates/" + candidate + "/deliveries")
                .then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].planVersion", equalTo(1))
                .body("[0].status", equalTo("SENT"));
    }

    @Test
    void aFocusAreaACompanyRaisedTooIsSaidInOneLine() throws Exception {
        String candidate = "cand-" + UUID.randomUUID();
        ObjectNode event = PlanEvents.forCandidate(candidate, 1);
        ((ObjectNode) event.at("/data/plan/focusAreas/1")).put("interviews", 1);
        publish(event);

        MimeMessage email = awaitEmails(candidate, 1).get(0);
        assertThat(Mailbox.part(email, "text/plain")).contains("Real interviews raised these too: Testing and debugging.");
        assertThat(Mailbox.part(email, "text/html")).contains("Real interviews raised these too: Testing and debugging.");

        String other = "cand-" + UUID.randomUUID();
        publish(PlanEvents.forCandidate(other, 1));
        assertThat(Mailbox.part(awaitEmails(other, 1).get(0), "text/plain")).doesNotContain("Real interviews");
    }

    @Test
    void partnersCheckInsSayWhoSawProgressAndWhen() throws Exception {
        String candidate = "cand-" + UUID.randomUUID();
        ObjectNode event = PlanEvents.forCandidate(candidate, 2);
        ((ObjectNode) event.at("/data/plan/focusAreas/1")).put("recheckOn", "2026-03-30").putObject("checkIn")
                .put("by", "Bruno").put("progress", "worse").put("on", "2026-03-16");
        ((ObjectNode) event.at("/data/plan")).putArray("improved").addObject()
                .put("theme", "communication").put("title", "Communication").put("lastSeen", "2026-03-02")
                .putObject("checkIn").put("by", "Bruno").put("progress", "improved").put("on", "2026-03-16");
        publish(event);

        MimeMessage email = awaitEmails(candidate, 1).get(0);
        for (String part : new String[] {"text/plain", "text/html"}) {
            assertThat(Mailbox.part(email, part))
                    .contains("Bruno saw improvement in Communication on 16 March, and no partner has raised it since.")
                    .contains("Bruno saw Testing and debugging slip back on 16 March.")
                    .contains("Check again on 16 March 2026.", "Check again on 30 March 2026.")
                    // The earliest re-check, and only the areas due then.
                    .contains("Your re-check is due on 16 March 2026, for Clarifying the problem</strong>".replace(
                            "</strong>", part.equals("text/html") ? "</strong>" : ":"));
        }
    }

    @Test
    void submittedTextIsEscapedInTheHtmlPart() throws Exception {
        String candidate = "cand-" + UUID.randomUUID();
        ObjectNode event = PlanEvents.forCandidate(candidate, 1);
        ((ObjectNode) event.at("/data/plan/focusAreas/0/evidence/0")).put("quote", "<script>alert('x')</script> & more");
        publish(event);

        String html = Mailbox.part(awaitEmails(candidate, 1).get(0), "text/html");
        assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more").doesNotContain("<script>");
    }

    @Test
    void aRedeliveredEventSendsNothingNew() throws Exception {
        String candidate = "cand-" + UUID.randomUUID();
        // Every version at once, so that version 2 shows that version 1 was not sent twice.
        given().contentType(ContentType.JSON).body(Map.of("frequency", "each_update"))
                .put("/api/v1/candidates/" + candidate + "/email-preferences").then().statusCode(200);
        ObjectNode event = PlanEvents.forCandidate(candidate, 1);
        publish(event);
        publish(event);
        ObjectNode sameVersionNewEventId = event.deepCopy().put("eventId", UUID.randomUUID().toString());
        publish(sameVersionNewEventId);
        publish(PlanEvents.forCandidate(candidate, 2));

        List<MimeMessage> emails = awaitEmails(candidate, 2);
        Thread.sleep(500); // a late duplicate would have arrived with version 2
        assertThat(emailsTo(candidate)).hasSize(2);
        assertThat(emails).extracting(MimeMessage::getSubject)
                .containsExactly("Your Practice Loop action plan",
                        "Your updated Practice Loop action plan (version 2)");
    }

    @Test
    void anUnreadableEventIsDeadLettered() {
        String marker = UUID.randomUUID().toString();
        kafka.produceStrings().fromRecords(List.of(new ProducerRecord<>("action-plan-updated", "k", "[" + marker)))
                .awaitCompletion();
        assertThat(deadLetterReason(marker)).startsWith("Not an ActionPlanUpdated event");
    }

    @Test
    void anEventMissingRequiredFieldsIsDeadLetteredNamingThemButNoValue() {
        String candidate = "cand-" + UUID.randomUUID();
        ObjectNode event = PlanEvents.forCandidate(candidate, 0);
        ((ObjectNode) event.get("data").get("candidate")).remove("email");
        publish(event);

        assertThat(deadLetterReason(candidate))
                .isEqualTo("ActionPlanUpdated is invalid at data.candidate.email (NotNull), data.planVersion (Min)");
        assertThat(emailsTo(candidate)).isEmpty();
    }

    private String deadLetterReason(String marker) {
        ConsumerTask<String, String> dead = kafka.consumeStrings().fromTopics("dead-letter-topic-action-plan-updated");
        try {
            ConsumerRecord<String, String> record = Awaitility.await().atMost(Duration.ofSeconds(20))
                    .until(() -> dead.getRecords().stream().filter(r -> r.value().contains(marker)).findFirst()
                            .orElse(null), r -> r != null);
            return new String(record.headers().lastHeader("dead-letter-reason").value());
        } finally {
            dead.close();
        }
    }

    @Test
    void anOverlongCandidateIdIsAProblemNamingIt() {
        given().get("/api/v1/candidates/" + "x".repeat(101) + "/deliveries")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("candidateId"));
        given().get("/api/v1/candidates/nobody-" + UUID.randomUUID() + "/deliveries")
                .then().statusCode(404).contentType("application/problem+json");
    }

    private void publish(ObjectNode event) {
        PlanEvents.publish(kafka, event);
    }

    private List<MimeMessage> awaitEmails(String candidate, int count) {
        return Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> emailsTo(candidate), emails -> emails.size() >= count);
    }

    private List<MimeMessage> emailsTo(String candidate) {
        return Mailbox.to(smtp, candidate + "@example.com");
    }
}
