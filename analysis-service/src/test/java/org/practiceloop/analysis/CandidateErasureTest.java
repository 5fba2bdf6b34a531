package org.practiceloop.analysis;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.practiceloop.common.tenant.Tenancy;

/** CandidateErased, as feedback-service publishes it, removes everything this service holds about the candidate. */
@QuarkusTest
class CandidateErasureTest {

    private static final Path CONTRACT_EXAMPLE = Path.of("../docs/events/candidate-erased.v1.json");

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Inject
    EntityManager entityManager;

    @Test
    void anErasedCandidateLeavesNoRowBehind() {
        String candidate = "cand-" + UUID.randomUUID();
        Pipeline.submit(kafka, ContractEvents.evaluationFor(candidate));
        Pipeline.awaitPlanVersion(candidate, 1);

        ObjectNode erasure = ContractEvents.read(CONTRACT_EXAMPLE);
        erasure.put("eventId", UUID.randomUUID().toString());
        ((ObjectNode) erasure.get("data")).put("candidateId", candidate).put("erasedAt", Instant.now().toString());
        kafka.produceStrings().fromRecords(List.of(
                new ProducerRecord<>("evaluation-submitted", "default/" + candidate, erasure.toString()))).awaitCompletion();

        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .until(() -> given().get("/api/v1/candidates/" + candidate + "/themes").statusCode() == 404);
        given().get("/api/v1/candidates/" + candidate + "/action-plan").then().statusCode(404);
        for (String table : List.of("feedback_item", "analyzed_evaluation", "action_plan_version", "candidate_contact",
                "drill_progress")) {
            assertThat(count("select count(*) from " + table + " where candidate_id = '" + candidate + "'")).as(table)
                    .isZero();
        }
        assertThat(count("select count(*) from outbox_message where message_key = 'default/" + candidate + "'")).isZero();
    }

    private long count(String sql) {
        return Tenancy.asService(() -> QuarkusTransaction.requiringNew().call(() ->
                ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue()));
    }
}
