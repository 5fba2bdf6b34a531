package org.practiceloop.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.icegreen.greenmail.util.GreenMail;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.practiceloop.common.link.LinkFixtures;
import org.practiceloop.common.link.SignedLinks;
import org.practiceloop.devinfra.InjectSmtpServer;
import org.practiceloop.notification.messaging.ShieldReason;

/**
 * EvaluationAnalyzed, replayed from the documented example, becomes at most one email to the
 * partner in a real SMTP server: the comments the candidate will not see, why, the suggestions,
 * and an amend link that feedback-service's keys verify until the evaluation's amendableUntil.
 */
@QuarkusTest
class PartnerEmailTest {

    /** The contract's test key of the amend links (docs/events.md): feedback-service verifies with it. */
    private static final String AMEND_TEST_SECRET = "test-only-amend-link-key-0123456789abcdef";
    private static final Pattern AMEND_LINK = Pattern.compile(
            "http://127\\.0\\.0\\.1:8081/evaluations/([0-9a-f-]{36})/amend\\?token=([\\w-]+\\.[\\w-]+)");

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @InjectSmtpServer
    GreenMail smtp;

    @Inject
    EntityManager entityManager;

    @Test
    void thePartnerIsToldWhatTheCandidateWillNotSeeWhyAndHowToAmend() throws Exception {
        String partner = "anna-" + UUID.randomUUID() + "@example.com";
        ObjectNode event = AnalyzedEvents.forEvaluation("cand-" + UUID.randomUUID(), partner);
        ((ObjectNode) event.at("/data/items/3")).put("text", "<b>Not convincing overall.</b>");
        AnalyzedEvents.publish(kafka, event);

        MimeMessage email = awaitEmails(partner, 1).get(0);
        assertThat(email.getSubject()).isEqualTo("3 comments from your coding session of 2026-03-02 will not reach the candidate");
        assertThat(email.getHeader("Message-ID")[0]).matches("<partner-[0-9a-f-]{36}@practiceloop>");
        assertThat(email.getHeader("List-Unsubscribe")[0]).matches("<http://127.0.0.1:8083/unsubscribe\\?token=[\\w-]+\\.[\\w-]+>");
        assertThat(email.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");

        String text = Mailbox.part(email, "text/plain");
        String html = Mailbox.part(email, "text/html");
        JsonNode items = event.at("/data/items");
        assertThat(text).contains("Hi Anna,", "3 of your 5 comments will not reach them",
                "1. \"Clean, readable code.\" (Strengths)", "Why: " + ShieldReason.PRAISE_ONLY.inWords(),
                "Suggestion: " + items.get(0).get("suggestion").asText(),
                "\"<b>Not convincing overall.</b>\" (Note on communication)", "Why: " + ShieldReason.VAGUE.inWords(),
                "Suggestion: " + items.get(3).get("suggestion").asText(),
                "\"The role was frozen this week, nothing to do with you.\" (Other comments)",
                "Why: " + ShieldReason.EXTERNAL.inWords(), "Suggestion: " + items.get(4).get("suggestion").asText(),
                "WHAT THE CANDIDATE WILL SEE", "- \"Clarify the requirements before coding\" (Improvements)",
                "- \"Test the edge cases\" (Improvements)", "Stop emails about your evaluations: http://127.0.0.1:8083/unsubscribe?token=");
        assertThat(text.substring(text.indexOf("WHAT THE CANDIDATE WILL SEE"))).doesNotContain("Clean, readable code.");
        assertThat(html).contains("What the candidate will not see", "&lt;b&gt;Not convincing overall.&lt;/b&gt;",
                "<a href=\"http://127.0.0.1:8081/evaluations/").doesNotContain("<b>Not convincing overall.");

        // The link: for this organisation and evaluation, opening until amendableUntil and not after.
        Instant amendableUntil = Instant.parse(event.at("/data/amendableUntil").asText());
        Matcher link = AMEND_LINK.matcher(text);
        assertThat(link.find()).as("amend link in " + text).isTrue();
        assertThat(link.group(1)).isEqualTo(AnalyzedEvents.evaluationId(event).toString());
        assertThat(amendLinksAt(amendableUntil.minus(Duration.ofDays(6))).verify(link.group(2)))
                .contains(new SignedLinks.Subject("default", link.group(1)));
        // Links carry whole seconds: this one opens through the second amendableUntil falls in.
        Instant lastSecond = amendableUntil.truncatedTo(ChronoUnit.SECONDS);
        assertThat(amendLinksAt(lastSecond).verify(link.group(2))).isPresent();
        assertThat(amendLinksAt(lastSecond.plusSeconds(1)).verify(link.group(2))).isEmpty();
        assertThat(text).contains("Amend your evaluation until " + DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm 'UTC'",
                Locale.ENGLISH).withZone(ZoneOffset.UTC).format(amendableUntil) + ": " + link.group());
    }

    @Test
    void oneEmailPerEvaluationWhateverTheRedeliveriesAndRevisions() throws Exception {
        String partner = "bo-" + UUID.randomUUID() + "@example.com";
        String candidate = "cand-" + UUID.randomUUID();
        ObjectNode first = AnalyzedEvents.forEvaluation(candidate, partner);
        ObjectNode secondRevision = AnalyzedEvents.revised(first, 2);
        AnalyzedEvents.publish(kafka, first, first, secondRevision);

        awaitEmails(partner, 1);
        AnalyzedEvents.awaitApplied(entityManager, secondRevision);
        Thread.sleep(500); // the dispatcher sends right after each commit: a second email would be on its way
        assertThat(Mailbox.to(smtp, partner)).hasSize(1);
        assertThat(AnalyzedEvents.partnerEmail(first)).get().extracting(e -> e.revision).isEqualTo(1);
    }

    @Test
    void noEmailWhenEverythingIsShownWithoutAnAddressOrPastTheWindow() {
        String candidate = "cand-" + UUID.randomUUID();
        ObjectNode allShown = AnalyzedEvents.forEvaluation(candidate, "all-shown-" + UUID.randomUUID() + "@example.com");
        allShown.at("/data/items").forEach(item -> ((ObjectNode) item).put("shownToCandidate", true)
                .put("label", "constructive").putNull("reason").putNull("suggestion"));
        ObjectNode noAddress = AnalyzedEvents.forEvaluation(candidate, null);
        ObjectNode addressAbsent = AnalyzedEvents.forEvaluation(candidate, null);
        ((ObjectNode) addressAbsent.at("/data/interviewer")).remove("email");
        ObjectNode closed = AnalyzedEvents.forEvaluation(candidate, "closed-" + UUID.randomUUID() + "@example.com");
        ((ObjectNode) closed.get("data")).put("amendableUntil", Instant.now().minusSeconds(1).toString());
        AnalyzedEvents.publish(kafka, allShown, noAddress, addressAbsent, closed);

        for (ObjectNode event : List.of(allShown, noAddress, addressAbsent, closed)) {
            AnalyzedEvents.awaitApplied(entityManager, event);
            assertThat(AnalyzedEvents.partnerEmail(event)).as(event.at("/data/interviewer").toString()).isEmpty();
        }
    }

    @Test
    void aPartnerWhoUnsubscribedGetsNoMoreUntilTheyResubscribe() throws Exception {
        String partner = "cy-" + UUID.randomUUID() + "@example.com";
        String candidate = "cand-" + UUID.randomUUID();
        AnalyzedEvents.publish(kafka, AnalyzedEvents.forEvaluation(candidate, partner));
        String header = awaitEmails(partner, 1).get(0).getHeader("List-Unsubscribe")[0];
        String unsubscribe = header.substring(1, header.length() - 1).replace("http://127.0.0.1:8083", "");

        given().get(unsubscribe).then().statusCode(200)
                .body(containsString("Stop receiving emails about your evaluations?"));
        given().contentType("application/x-www-form-urlencoded").formParam("List-Unsubscribe", "One-Click")
                .post(unsubscribe).then().statusCode(200).body(containsString("You are unsubscribed"))
                .body(containsString("No more emails about your evaluations"));

        // Per address whatever its case, and per organisation.
        ObjectNode afterwards = AnalyzedEvents.forEvaluation(candidate, partner.toUpperCase());
        AnalyzedEvents.publish(kafka, afterwards);
        AnalyzedEvents.awaitApplied(entityManager, afterwards);
        assertThat(AnalyzedEvents.partnerEmail(afterwards)).isEmpty();

        given().post(unsubscribe.replace("/unsubscribe?", "/unsubscribe/undo?")).then().statusCode(200)
                .body(containsString("You are subscribed again"));
        AnalyzedEvents.publish(kafka, AnalyzedEvents.forEvaluation(candidate, partner));
        assertThat(awaitEmails(partner, 2)).hasSize(2);
    }

    @Test
    void anUnknownReasonOrMissingFieldsAreDeadLettered() {
        ConsumerTask<String, String> dead = kafka.consumeStrings().fromTopics("dead-letter-topic-evaluation-analyzed");
        try {
            String candidate = "cand-" + UUID.randomUUID();
            ObjectNode unknownReason = AnalyzedEvents.forEvaluation(candidate, "d@example.com");
            ((ObjectNode) unknownReason.at("/data/items/0")).put("reason", "praise"); // before the rename to praise_only
            ObjectNode incomplete = AnalyzedEvents.forEvaluation(candidate, "d@example.com");
            ((ObjectNode) incomplete.at("/data/interviewer")).remove("id");
            ((ObjectNode) incomplete.get("data")).remove("items");
            AnalyzedEvents.publish(kafka, unknownReason, incomplete);

            assertThat(deadLetterReason(dead, unknownReason)).startsWith("Not an EvaluationAnalyzed event");
            assertThat(deadLetterReason(dead, incomplete))
                    .isEqualTo("EvaluationAnalyzed is invalid at data.interviewer.id (NotNull), data.items (NotNull)");
        } finally {
            dead.close();
        }
    }

    private static String deadLetterReason(ConsumerTask<String, String> dead, ObjectNode event) {
        String eventId = event.get("eventId").asText();
        ConsumerRecord<String, String> record = Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> dead.getRecords().stream().filter(r -> r.value().contains(eventId)).findFirst(),
                        Optional::isPresent).orElseThrow();
        return new String(record.headers().lastHeader("dead-letter-reason").value());
    }

    private static SignedLinks amendLinksAt(Instant now) {
        return new SignedLinks(LinkFixtures.keyRing("current", Map.of("current", LinkFixtures.key(AMEND_TEST_SECRET, null))),
                "practiceloop.amend.signing", Duration.ZERO, Clock.fixed(now, ZoneOffset.UTC));
    }

    private List<MimeMessage> awaitEmails(String address, int count) {
        return Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> Mailbox.to(smtp, address), emails -> emails.size() >= count);
    }
}
