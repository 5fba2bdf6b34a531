package org.practiceloop.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.icegreen.greenmail.util.GreenMail;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.practiceloop.devinfra.InjectSmtpServer;

/** ActionPlanUpdated, as analysis-service really publishes it, becomes one email in a real SMTP server. */
@QuarkusTest
class PlanEmailTest {

    /** Checked against analysis-service's real output by its EvaluationSubmittedConsumerTest. */
    static final Path CONTRACT_EXAMPLE = Path.of("../docs/events/action-plan-updated.v1.json");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @InjectSmtpServer
    GreenMail smtp;

    @Test
    void aPlanIsEmailedWithHtmlAndTextPartsAndAStableMessageId() throws Exception {
        String candidate = "cand-" + UUID.randomUUID();
        publish(planUpdateFor(candidate));

        MimeMessage email = awaitEmails(candidate, 1).get(0);
        assertThat(email.getSubject()).isEqualTo("Your Practice Loop action plan");
        assertThat(email.getFrom()[0].toString()).contains("plans@practiceloop.local");
        assertThat(email.getHeader("Message-ID")[0]).matches("<plan-[0-9a-f-]{36}@practiceloop>");
        assertThat(email.getHeader("List-Unsubscribe")[0]).matches("<http://127.0.0.1:8083/unsubscribe\\?token=[\\w-]+\\.[\\w-]+>");
        assertThat(email.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");

        String text = part(email, "text/plain");
        String html = part(email, "text/html");
        assertThat(text).contains("Hi Ada Byron", "CLARIFYING THE PROBLEM", "\"Clarify the requirements before coding\" (2026-03-02)",
                "Target: A written checklist on 10 consecutive problems.", "We left out 3 comments");
        assertThat(html).contains("<h2", "Clarifying the problem", "Clarify the requirements before coding",
                "Check again on 2026-03-16");

        given().get("/api/v1/candidates/" + candidate + "/deliveries")
                .then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].planVersion", equalTo(1))
                .body("[0].status", equalTo("SENT"));
    }

    @Test
    void submittedTextIsEscapedInTheHtmlPart() throws Exception {
        String candidate = "cand-" + UUID.randomUUID();
        ObjectNode event = planUpdateFor(candidate);
        ((ObjectNode) event.at("/data/plan/focusAreas/0/evidence/0")).put("quote", "<script>alert('x')</script> & more");
        publish(event);

        String html = part(awaitEmails(candidate, 1).get(0), "text/html");
        assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more").doesNotContain("<script>");
    }

    @Test
    void aRedeliveredEventSendsNothingNew() throws Exception {
        String candidate = "cand-" + UUID.randomUUID();
        ObjectNode event = planUpdateFor(candidate);
        publish(event);
        publish(event);
        ObjectNode sameVersionNewEventId = event.deepCopy().put("eventId", UUID.randomUUID().toString());
        publish(sameVersionNewEventId);
        ObjectNode version2 = planUpdateFor(candidate);
        ((ObjectNode) version2.get("data")).put("planVersion", 2);
        publish(version2);

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
        ConsumerTask<String, String> dead = kafka.consumeStrings().fromTopics("dead-letter-topic-action-plan-updated");
        try {
            ConsumerRecord<String, String> record = Awaitility.await().atMost(Duration.ofSeconds(20))
                    .until(() -> dead.getRecords().stream().filter(r -> r.value().contains(marker)).findFirst()
                            .orElse(null), r -> r != null);
            assertThat(new String(record.headers().lastHeader("dead-letter-reason").value()))
                    .startsWith("Not an ActionPlanUpdated event");
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
    }

    private static ObjectNode planUpdateFor(String candidate) throws Exception {
        ObjectNode event = (ObjectNode) MAPPER.readTree(Files.readString(CONTRACT_EXAMPLE));
        event.put("eventId", UUID.randomUUID().toString());
        ObjectNode who = (ObjectNode) event.at("/data/candidate");
        who.put("id", candidate);
        who.put("email", candidate + "@example.com");
        return event;
    }

    private void publish(ObjectNode event) {
        String key = "default/" + event.at("/data/candidate/id").asText();
        kafka.produceStrings().fromRecords(List.of(new ProducerRecord<>("action-plan-updated", key, event.toString())))
                .awaitCompletion();
    }

    private List<MimeMessage> awaitEmails(String candidate, int count) {
        return Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> emailsTo(candidate), emails -> emails.size() >= count);
    }

    private List<MimeMessage> emailsTo(String candidate) {
        List<MimeMessage> emails = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            try {
                if (Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                        .anyMatch(a -> a.toString().equals(candidate + "@example.com"))) {
                    emails.add(message);
                }
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return emails;
    }

    /** The body of the first part with this content type, anywhere in the MIME tree. */
    private static String part(MimeMessage message, String contentType) throws Exception {
        String found = find(message.getContent(), contentType);
        assertThat(found).as("a %s part", contentType).isNotNull();
        return found;
    }

    private static String find(Object content, String contentType) throws Exception {
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart bodyPart = multipart.getBodyPart(i);
                if (bodyPart.isMimeType(contentType)) {
                    return bodyPart.getContent().toString();
                }
                String nested = find(bodyPart.getContent(), contentType);
                if (nested != null) {
                    return nested;
                }
            }
        }
        return null;
    }
}
