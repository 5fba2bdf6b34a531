package org.practiceloop.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.practiceloop.analysis.domain.AnalyzedEvaluation;
import org.practiceloop.analysis.domain.CompetencyRating;
import org.practiceloop.analysis.domain.FeedbackItem;
import org.practiceloop.analysis.domain.Label;
import org.practiceloop.analysis.domain.Reason;
import org.practiceloop.common.tenant.Tenancy;
import org.practiceloop.outbox.OutboxMessage;

/** EvaluationRevised, replayed from docs/events/evaluation-revised.v1.json on the real broker. */
@QuarkusTest
class EvaluationRevisedConsumerTest {

    private static final String REPHRASED =
            "Interrupted me twice while I was explaining the approach; let the interviewer finish before answering.";

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Test
    void theDocumentedRevisionReplacesTheEvaluationsItemsAndRatings() {
        String candidate = "cand-" + UUID.randomUUID();
        ObjectNode original = ContractEvents.evaluationFor(candidate);
        Pipeline.submit(kafka, original);
        Pipeline.awaitPlanVersion(candidate, 1);
        assertThat(textsOf(original)).contains("Not convincing overall.", "The role was frozen this week, nothing to do with you.");

        ObjectNode revision = ContractEvents.revisionOf(original, 2);
        ((ObjectNode) revision.at("/data/ratings/1")).put("score", 4);
        Pipeline.submit(kafka, revision);
        awaitRevision(original, 2);

        assertThat(textsOf(original)).as("the revision's items, in field order, instead of the original's")
                .containsExactly("Clean, readable code.", "Clarify the requirements before coding", "Test the edge cases",
                        REPHRASED);
        AnalyzedEvaluation stored = evaluation(original);
        assertThat(stored.ratings).containsExactly(new CompetencyRating("communication", 2),
                new CompetencyRating("problem_solving", 4));
        assertThat(stored.interviewerEmail).isEqualTo("anna@example.com");
        assertThat(stored.amendableUntil).hasToString("2026-03-09T17:04:05.120001Z");
    }

    @Test
    void aRevisionNoNewerThanTheStoredOneChangesNothing() {
        String candidate = "cand-" + UUID.randomUUID();
        ObjectNode original = ContractEvents.evaluationFor(candidate);
        Pipeline.submit(kafka, original);
        ObjectNode third = ContractEvents.revisionOf(original, 3);
        Pipeline.submit(kafka, third);
        awaitRevision(original, 3);
        List<String> revised = textsOf(original);

        ObjectNode overtaken = ContractEvents.revisionOf(original, 2); // arrives after 3, e.g. replayed
        ((ObjectNode) overtaken.get("data")).put("comments", "Overtaken by the third revision.");
        ObjectNode again = ContractEvents.revisionOf(original, 3); // the same revision, another event id
        ((ObjectNode) again.get("data")).put("comments", "Published twice.");
        ObjectNode republished = original.deepCopy().put("eventId", UUID.randomUUID().toString());
        Pipeline.submit(kafka, overtaken);
        Pipeline.submit(kafka, again);
        Pipeline.submit(kafka, republished); // and the original again, under a new event id
        ObjectNode marker = Pipeline.secondSessionFor(candidate);
        Pipeline.submitAndAwaitAnalysis(kafka, List.of(marker)); // on the same partition, so the three were handled

        assertThat(textsOf(original)).isEqualTo(revised);
        assertThat(evaluation(original).revision).isEqualTo(3);
    }

    @Test
    void aRevisionOfAnEvaluationNeverSeenIsAnalysedAsTheEvaluation() {
        String candidate = "cand-" + UUID.randomUUID();
        ObjectNode unseen = ContractEvents.revisionOf(ContractEvents.evaluationFor(candidate), 2);
        Pipeline.submit(kafka, unseen);

        JsonPath plan = Pipeline.awaitPlanVersion(candidate, 1);
        assertThat(evaluation(unseen).revision).isEqualTo(2);
        assertThat(textsOf(unseen)).contains(REPHRASED);
        assertThat(plan.getList("focusAreas.theme", String.class)).contains("problem_clarification");
    }

    @Test
    void aTypoFixedInAPraiseLineMakesNoNewPlanVersion() {
        String candidate = "cand-" + UUID.randomUUID();
        ObjectNode original = ContractEvents.evaluationFor(candidate);
        ((ObjectNode) original.get("data")).put("strengths", "Clean, readable code..");
        Pipeline.submit(kafka, original);
        Pipeline.awaitPlanVersion(candidate, 1);

        ObjectNode typoFixed = ContractEvents.revisionOf(original, 2);
        ((ObjectNode) typoFixed.get("data")).set("ratings", original.at("/data/ratings").deepCopy());
        ((ObjectNode) typoFixed.get("data")).set("comments", original.at("/data/comments").deepCopy());
        Pipeline.submit(kafka, typoFixed);
        awaitRevision(original, 2);

        FeedbackItem praise = itemsOf(original).get(0);
        assertThat(praise.text).isEqualTo("Clean, readable code.");
        assertThat(praise.reason).as("praise before and after the fix, so the plan has no reason to change")
                .isEqualTo(Reason.PRAISE_ONLY);
        assertThat(Pipeline.awaitPlanVersion(candidate, 1).getInt("version")).isEqualTo(1);
        assertThat(plansPublished(candidate)).as("one ActionPlanUpdated, for version 1").isEqualTo(1);
    }

    @Test
    void aVagueCommentRephrasedConstructivelyMakesANewVersionQuotingIt() {
        String candidate = "cand-" + UUID.randomUUID();
        ObjectNode original = ContractEvents.evaluationFor(candidate);
        Pipeline.submit(kafka, original);
        JsonPath first = Pipeline.awaitPlanVersion(candidate, 1);
        FeedbackItem vague = itemsOf(original).stream().filter(i -> i.text.equals("Not convincing overall.")).findFirst()
                .orElseThrow();
        assertThat(vague.reason).isEqualTo(Reason.VAGUE);
        assertThat(first.getList("focusAreas.evidence.quote").toString()).doesNotContain("Not convincing overall.");

        ObjectNode rephrased = ContractEvents.revisionOf(original, 2);
        ((ObjectNode) rephrased.get("data")).set("comments", original.at("/data/comments").deepCopy());
        Pipeline.submit(kafka, rephrased);

        JsonPath second = Pipeline.awaitPlanVersion(candidate, 2);
        assertThat(itemsOf(original)).filteredOn(i -> i.text.equals(REPHRASED)).singleElement()
                .satisfies(i -> assertThat(i.label).isEqualTo(Label.CONSTRUCTIVE));
        assertThat(second.getList("focusAreas.find { it.theme == 'communication' }.evidence.quote", String.class))
                .containsExactly(REPHRASED);
        assertThat(second.getInt("shieldedItems")).isEqualTo(first.getInt("shieldedItems") - 1);
    }

    @Test
    void aRevisionWithoutItsNumberIsDeadLetteredNamingTheField() {
        String candidate = "cand-" + UUID.randomUUID();
        ObjectNode revision = ContractEvents.revisionOf(ContractEvents.evaluationFor(candidate), 2);
        ((ObjectNode) revision.get("data")).remove("revision");
        Pipeline.submit(kafka, revision);

        ConsumerTask<String, String> dead = kafka.consumeStrings().fromTopics("dead-letter-topic-evaluation-submitted");
        try {
            ConsumerRecord<String, String> record = Awaitility.await().atMost(Duration.ofSeconds(30))
                    .until(() -> dead.getRecords().stream().filter(r -> r.value().contains(candidate)).findFirst()
                            .orElse(null), r -> r != null);
            assertThat(new String(record.headers().lastHeader("dead-letter-reason").value()))
                    .isEqualTo("EvaluationRevised is invalid at data.revision (NotNull)");
        } finally {
            dead.close();
        }
        assertThat(itemsOf(revision)).isEmpty();
    }

    private static void awaitRevision(ObjectNode event, int revision) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    AnalyzedEvaluation stored = evaluation(event);
                    return stored == null ? 0 : stored.revision;
                }, n -> n == revision);
    }

    private static AnalyzedEvaluation evaluation(ObjectNode event) {
        UUID id = UUID.fromString(event.at("/data/evaluationId").asText());
        return Tenancy.asService(() -> QuarkusTransaction.requiringNew().call(() -> AnalyzedEvaluation.findById(id)));
    }

    private static List<FeedbackItem> itemsOf(ObjectNode event) {
        UUID id = UUID.fromString(event.at("/data/evaluationId").asText());
        return Tenancy.asService(() -> QuarkusTransaction.requiringNew().call(
                () -> FeedbackItem.<FeedbackItem>list("evaluationId = ?1 order by position", id)));
    }

    private static List<String> textsOf(ObjectNode event) {
        return itemsOf(event).stream().map(i -> i.text).toList();
    }

    private static long plansPublished(String candidate) {
        return Tenancy.asService(() -> QuarkusTransaction.requiringNew().call(
                () -> OutboxMessage.count("topic = ?1 and key = ?2", "action-plan-updated",
                        "default/" + candidate)));
    }
}
