package org.practiceloop.analysis;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.practiceloop.common.tenant.Tenancy;

/** InterviewLogged and InterviewDeleted, as feedback-service publishes them (docs/events), change the candidate's themes and plan. */
@QuarkusTest
class InterviewLoggedConsumerTest {

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Inject
    EntityManager entityManager;

    @Test
    void aCompanysFeedbackLosesItsCourtesiesAndJoinsTheThemesAsTheCompanys() {
        String candidate = "real-" + UUID.randomUUID();
        Pipeline.submit(kafka, ContractEvents.evaluationFor(candidate));
        int shieldedBefore = Pipeline.awaitPlanVersion(candidate, 1).getInt("shieldedItems");
        ObjectNode interview = ContractEvents.interviewFor(candidate);

        Pipeline.submit(kafka, interview);

        JsonPath plan = Pipeline.awaitPlanVersion(candidate, 2);
        List<Map<String, Object>> items = itemsOf(interview);
        assertThat(items).extracting(i -> (String) i.get("text")).noneMatch(t -> t.contains("Thank you"))
                .noneMatch(t -> t.contains("wish you")).noneMatch(t -> t.contains("Maria Lopez"))
                .noneMatch(t -> t.startsWith("Hi "))
                .anyMatch(t -> t.contains("A/B testing knowledge"));
        assertThat(items).filteredOn(i -> ((String) i.get("text")).contains("someone more senior"))
                .as("an external reason is left aside").singleElement()
                .satisfies(i -> assertThat(i).containsEntry("label", "NON_ACTIONABLE"));
        long leftAside = items.stream().filter(i -> "NON_ACTIONABLE".equals(i.get("label"))).count();
        assertThat(plan.getInt("shieldedItems")).as("only what was labelled counts, no courtesy")
                .isEqualTo(shieldedBefore + (int) leftAside);

        JsonPath themes = given().get("/api/v1/candidates/" + candidate + "/themes").then().statusCode(200)
                .extract().jsonPath();
        assertThat(themes.getList("themes.findAll { it.interviews == 1 }.evidence.flatten().source", String.class))
                .as("a company's quotes are marked as the company's").isNotEmpty().containsOnly("company");
        assertThat(themes.getList("themes.findAll { it.interviews == 0 }.evidence.flatten().source", String.class))
                .containsOnly("mock");
    }

    @Test
    void aThemeACompanyRaisedToo_ranksFirst_untilTheInterviewIsDeleted() {
        String candidate = "rank-" + UUID.randomUUID();
        Pipeline.submit(kafka, ContractEvents.evaluationFor(candidate));
        assertThat(Pipeline.awaitPlanVersion(candidate, 1).getString("focusAreas[0].theme"))
                .isNotEqualTo("testing_debugging");
        ObjectNode interview = ContractEvents.interviewFor(candidate);
        ((ObjectNode) interview.get("data")).put("feedback", "Hello Ada,\n\nThanks for interviewing with us.\n\n"
                + "Your solution was never run against edge cases such as an empty input, and the off-by-one bug "
                + "went unnoticed until the interviewer pointed at it.\n\nRegards,\nKim Park\nHiring team");

        Pipeline.submit(kafka, interview);

        JsonPath raised = Pipeline.awaitPlanVersion(candidate, 2);
        assertThat(raised.getString("focusAreas[0].theme")).isEqualTo("testing_debugging");
        assertThat(raised.getInt("focusAreas[0].interviews")).isEqualTo(1);

        Pipeline.submit(kafka, ContractEvents.deletionOf(interview));

        JsonPath afterDeletion = Pipeline.awaitPlanVersion(candidate, 3);
        assertThat(afterDeletion.getList("focusAreas.interviews", Integer.class)).containsOnly(0);
        assertThat(afterDeletion.getString("focusAreas[0].theme")).isNotEqualTo("testing_debugging");
        assertThat(itemsOf(interview)).isEmpty();
        assertThat(count("select count(*) from logged_interview where interview_id = '"
                + interview.at("/data/interviewId").asText() + "'")).isZero();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> itemsOf(ObjectNode interview) {
        String id = interview.at("/data/interviewId").asText();
        return Tenancy.asService(() -> QuarkusTransaction.requiringNew().call(() -> ((List<Object[]>) entityManager
                .createNativeQuery("select text, label from feedback_item where interview_id = cast(?1 as uuid)"
                        + " /* every organisation, a test's look */")
                .setParameter(1, id).getResultList()).stream()
                .map(row -> Map.<String, Object>of("text", row[0], "label", row[1])).toList()));
    }

    private long count(String sql) {
        return Tenancy.asService(() -> QuarkusTransaction.requiringNew().call(() ->
                ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue()));
    }
}
