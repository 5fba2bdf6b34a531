package org.practiceloop.analysis;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.practiceloop.analysis.service.CandidateLock;
import org.practiceloop.analysis.service.PlanPageService;
import org.practiceloop.common.tenant.Tenancy;

/** CandidateErased, as feedback-service publishes it, removes everything this service holds about the candidate. */
@QuarkusTest
class CandidateErasureTest {

    private static final Path CONTRACT_EXAMPLE = Path.of("../docs/events/candidate-erased.v1.json");

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Inject
    EntityManager entityManager;

    @Inject
    DataSource dataSource;

    @Inject
    PlanPageService plans;

    @Test
    void anErasedCandidateLeavesNoRowBehind() {
        String candidate = "cand-" + UUID.randomUUID();
        String partner = "anna-" + UUID.randomUUID() + "@example.com";
        ObjectNode evaluation = ContractEvents.evaluationFor(candidate);
        ((ObjectNode) evaluation.at("/data/interviewer")).put("email", partner);
        ((ObjectNode) evaluation.get("data")).put("amendableUntil", "2026-03-09T17:04:05.120001Z");
        Pipeline.submit(kafka, evaluation);
        Pipeline.awaitPlanVersion(candidate, 1);
        Pipeline.submit(kafka, ContractEvents.interviewFor(candidate));
        Pipeline.awaitPlanVersion(candidate, 2);
        // A correction, and the exemplar it makes for the organisation's new items.
        Pipeline.submitAndAwaitAnalysis(kafka, List.of(LabelCorrectionTest.evaluationWithQuote(candidate)));
        Pipeline.awaitPlanVersion(candidate, 3);
        String item = given().get("/api/v1/candidates/" + candidate + "/themes").then().statusCode(200).extract()
                .path("themes.evidence.flatten().find { it.quote == '" + LabelCorrectionTest.QUOTE + "' }.itemId");
        given().contentType(ContentType.JSON).body(Map.of("label", "non_actionable", "reason", "vague"))
                .put("/api/v1/items/" + item + "/label").then().statusCode(200);
        Pipeline.awaitPlanVersion(candidate, 4);
        classifyQuote().body("results[0].source", equalTo("correction"));
        ObjectNode revision = ContractEvents.revisionOf(evaluation, 2);
        ((ObjectNode) revision.at("/data/interviewer")).put("email", partner);
        Pipeline.submit(kafka, revision);
        Pipeline.awaitPlanVersion(candidate, 5);
        assertThat(count("select count(*) from analyzed_evaluation where interviewer_email = '" + partner
                + "' and amendable_until is not null and revision = 2")).as("the partner's address and deadline").isOne();
        assertThat(count("select count(*) from outbox_message where topic = 'evaluation-analyzed' and payload like '%"
                + partner + "%'")).as("an EvaluationAnalyzed per revision").isEqualTo(2);

        erase(candidate);

        awaitErased(candidate);
        given().get("/api/v1/candidates/" + candidate + "/action-plan").then().statusCode(404);
        classifyQuote().body("results[0].source", equalTo("model"));
        for (String table : List.of("feedback_item", "analyzed_evaluation", "logged_interview", "action_plan_version",
                "candidate_contact", "drill_progress", "label_correction")) {
            assertThat(count("select count(*) from " + table + " where candidate_id = '" + candidate + "'")).as(table)
                    .isZero();
        }
        assertThat(count("select count(*) from outbox_message where message_key = 'default/" + candidate + "'")).isZero();
        for (String table : tables()) {
            assertThat(count("select count(*) from " + table + " t where t::text like '%" + partner + "%'"))
                    .as("the partner's address in %s", table).isZero();
        }
    }

    @Test
    void aDrillTickedWhileTheCandidateIsErasedDoesNotOutliveTheErasure() throws Exception {
        String candidate = "cand-" + UUID.randomUUID();
        Pipeline.submit(kafka, ContractEvents.evaluationFor(candidate));
        Pipeline.awaitPlanVersion(candidate, 1);
        String link = plans.link("default", candidate);
        String token = link.substring(link.indexOf("token=") + 6);

        CompletableFuture<Integer> tick;
        try (Connection holder = dataSource.getConnection()) { // as a tick or an erasure in progress would
            holder.setAutoCommit(false);
            try (PreparedStatement lock = holder.prepareStatement("select 1 from pg_advisory_xact_lock(?, hashtext(?))")) {
                lock.setInt(1, CandidateLock.NAMESPACE);
                lock.setString(2, "default/" + candidate);
                lock.executeQuery().close();
            }
            tick = CompletableFuture.supplyAsync(() -> given().redirects().follow(false).contentType(ContentType.URLENC)
                    .formParam("drill", "problem_clarification-1").formParam("done", "true")
                    .post("/plan/drills?token=" + token).statusCode());
            erase(candidate);
            Awaitility.await("the tick and the erasure both wait for the candidate's lock")
                    .atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                    .until(() -> waitingForCandidateLocks(holder) == 2);
            assertThat(tick).isNotDone();
            assertThat(given().get("/api/v1/candidates/" + candidate + "/action-plan").statusCode()).isEqualTo(200);
            holder.rollback();
        }

        assertThat(tick.get(20, TimeUnit.SECONDS)).as("ticked before the erasure, or refused after it").isIn(303, 400);
        awaitErased(candidate);
        assertThat(count("select count(*) from drill_progress where candidate_id = '" + candidate + "'")).isZero();
    }

    private static long waitingForCandidateLocks(Connection connection) throws SQLException {
        try (PreparedStatement waiting = connection.prepareStatement(
                "select count(*) from pg_locks where locktype = 'advisory' and classid::int8 = ? and not granted")) {
            waiting.setLong(1, CandidateLock.NAMESPACE);
            try (ResultSet count = waiting.executeQuery()) {
                count.next();
                return count.getLong(1);
            }
        }
    }

    private void erase(String candidate) {
        ObjectNode erasure = ContractEvents.read(CONTRACT_EXAMPLE);
        erasure.put("eventId", UUID.randomUUID().toString());
        ((ObjectNode) erasure.get("data")).put("candidateId", candidate).put("erasedAt", Instant.now().toString());
        kafka.produceStrings().fromRecords(List.of(
                new ProducerRecord<>("evaluation-submitted", "default/" + candidate, erasure.toString()))).awaitCompletion();
    }

    private static io.restassured.response.ValidatableResponse classifyQuote() {
        return given().contentType(ContentType.JSON).body(Map.of("texts", List.of(LabelCorrectionTest.QUOTE)))
                .post("/api/v1/classify").then().statusCode(200);
    }

    private static void awaitErased(String candidate) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .until(() -> given().get("/api/v1/candidates/" + candidate + "/themes").statusCode() == 404);
    }

    @SuppressWarnings("unchecked")
    private List<String> tables() {
        return Tenancy.asService(() -> QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select table_name from information_schema.tables where table_schema = current_schema() "
                        + "and table_type = 'BASE TABLE'").getResultList()));
    }

    private long count(String sql) {
        return Tenancy.asService(() -> QuarkusTransaction.requiringNew().call(() ->
                ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue()));
    }
}
