package org.practiceloop.analysis;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.practiceloop.analysis.domain.AnalyzedEvaluation;
import org.practiceloop.analysis.domain.FocusCheckIn;
import org.practiceloop.analysis.service.PlanPageService;
import org.practiceloop.common.tenant.Tenancy;

/** Partners' checks of the focus areas at the next session, replayed through the real broker from the documented event. */
@QuarkusTest
class CheckInsTest {

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Inject
    PlanPageService planPage;

    @Test
    void aThemeCheckedImprovedAndNotRaisedAgainIsResolvedAndWorseComesFirst() {
        String candidate = "cand-" + UUID.randomUUID();
        // Sessions 1 and 2: the documented event (its checks: problem_clarification "same", testing_debugging
        // "not_observed"). The first one's checks find no plan yet and are ignored; the second one's are kept.
        Pipeline.submitAndAwaitAnalysis(kafka, List.of(ContractEvents.evaluationFor(candidate)));
        Pipeline.awaitPlanVersion(candidate, 1);
        Pipeline.submitAndAwaitAnalysis(kafka, List.of(Pipeline.secondSessionFor(candidate)));
        JsonPath second = Pipeline.awaitPlanVersion(candidate, 2);
        assertThat(second.getString("focusAreas.find { it.theme == 'problem_clarification' }.status")).isEqualTo("recurring");
        assertThat(second.getMap("focusAreas.find { it.theme == 'problem_clarification' }.checkIn"))
                .isEqualTo(Map.of("by", "Anna", "progress", "same", "on", "2026-03-09"));
        assertThat(second.getMap("focusAreas.find { it.theme == 'testing_debugging' }.checkIn"))
                .as("not observed says nothing").isNull();

        // Session 3: Bruno sees clarification improved (and does not raise it), testing worse, and checks
        // sql_data, which is not in the plan (feedback-service could not ask): that check is ignored.
        ObjectNode third = Pipeline.session(candidate, "p-bruno", "coding", "2026-03-16", Map.of("communication", 3));
        ObjectNode data = (ObjectNode) third.get("data");
        ((ObjectNode) data.get("interviewer")).put("name", "Bruno");
        data.put("improvements", "- Test the edge cases before saying you are done");
        data.putArray("focusChecks")
                .add(check("problem_clarification", "improved"))
                .add(check("testing_debugging", "worse"))
                .add(check("sql_data", "improved"));
        Pipeline.submitAndAwaitAnalysis(kafka, List.of(third));
        JsonPath plan = Pipeline.awaitPlanVersion(candidate, 3);

        assertThat(plan.getList("focusAreas.theme")).doesNotContain("problem_clarification");
        assertThat(plan.getString("improved.find { it.theme == 'problem_clarification' }.checkIn.by")).isEqualTo("Bruno");
        assertThat(plan.getString("improved.find { it.theme == 'problem_clarification' }.checkIn.progress")).isEqualTo("improved");
        assertThat(plan.getString("focusAreas[0].theme")).as("worse ranks first").isEqualTo("testing_debugging");
        assertThat(plan.getString("focusAreas[0].status")).isEqualTo("recurring");
        assertThat(checksOf(candidate)).extracting(c -> c.theme.toString())
                .containsExactlyInAnyOrder("problem_clarification", "testing_debugging",
                        "problem_clarification", "testing_debugging");

        given().get("/api/v1/candidates/" + candidate + "/themes").then().statusCode(200)
                .body(containsString("\"theme\":\"problem_clarification\",\"status\":\"resolved\""));
        String link = planPage.link("default", candidate);
        String page = given().get(link.substring(link.indexOf("/plan"))).then().statusCode(200)
                .body(containsString("Bruno saw improvement in Clarifying the problem on 16 March"))
                .body(containsString("Bruno saw Testing and debugging slip back on 16 March"))
                .extract().asString();
        // The trend chart of testing marks both checks of it: a symbol and words, not only a colour.
        String chart = page.substring(page.indexOf("<svg class=\"theme-chart\"", page.indexOf("id=\"theme-testing_debugging\"")));
        chart = chart.substring(0, chart.indexOf("</figure>"));
        assertThat(chart).contains("<g class=\"check-mark not_observed\"><title>Anna: not observed (9 Mar)</title>",
                "<g class=\"check-mark worse\"><title>Bruno: worse (16 Mar)</title>", ">▼</text>",
                "a partner's check: ▲ improved, ● no change, ▼ worse, ○ not observed",
                // The text alternative: the chart's description and the table of its numbers.
                "Partners&#39; checks: Anna: not observed (9 Mar), Bruno: worse (16 Mar).",
                "<th scope=\"col\">Partner's check</th>", "<td>Anna: not observed</td>", "<td>Bruno: worse</td>");

        // Bruno amends his evaluation: its checks are matched against the plan he checked (version 2), not
        // against version 3, which his first revision made and which no longer has clarification as a focus area.
        ObjectNode amended = third.deepCopy().put("eventType", "EvaluationRevised").put("eventId", UUID.randomUUID().toString());
        ((ObjectNode) amended.get("data")).put("revision", 2).put("revisedAt", "2026-03-17T10:00:00Z");
        ((ObjectNode) amended.at("/data/focusChecks/0")).put("note", "asked about the input size before coding");
        Pipeline.submit(kafka, amended);
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> revisionOf(third), r -> r == 2);
        assertThat(checksOf(candidate)).filteredOn(c -> c.interviewerId.equals("p-bruno"))
                .extracting(c -> c.theme + " " + c.progress)
                .containsExactlyInAnyOrder("problem_clarification improved", "testing_debugging worse");
        JsonPath afterAmendment = Pipeline.awaitPlanVersion(candidate, 3);
        assertThat(afterAmendment.getList("focusAreas.theme")).doesNotContain("problem_clarification");

        // Raised again after the check: the text decides again.
        ObjectNode fourth = Pipeline.session(candidate, "p-carla", "coding", "2026-03-23", Map.of());
        ((ObjectNode) fourth.get("data")).put("improvements", "- Clarify the requirements before coding");
        Pipeline.submitAndAwaitAnalysis(kafka, List.of(fourth));
        JsonPath fourthPlan = Pipeline.awaitPlanVersion(candidate, 4);
        assertThat(fourthPlan.getString("focusAreas.find { it.theme == 'problem_clarification' }.status"))
                .isEqualTo("recurring");
    }

    @Test
    void theChecksAreErasedWithTheCandidate() {
        String candidate = "cand-" + UUID.randomUUID();
        Pipeline.submitAndAwaitAnalysis(kafka, List.of(ContractEvents.evaluationFor(candidate)));
        Pipeline.awaitPlanVersion(candidate, 1);
        Pipeline.submitAndAwaitAnalysis(kafka, List.of(Pipeline.secondSessionFor(candidate)));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> checksOf(candidate).size() == 2);

        ObjectNode erased = ContractEvents.read(Path.of("../docs/events/candidate-erased.v1.json"));
        erased.put("eventId", UUID.randomUUID().toString());
        ((ObjectNode) erased.get("data")).put("candidateId", candidate);
        Pipeline.submit(kafka, erased);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> checksOf(candidate).isEmpty());
    }

    private static ObjectNode check(String theme, String progress) {
        return JsonNodeFactory.instance.objectNode().put("theme", theme)
                .put("progress", progress).putNull("note");
    }

    private static int revisionOf(ObjectNode event) {
        UUID id = UUID.fromString(event.at("/data/evaluationId").asText());
        return Tenancy.asService(() -> QuarkusTransaction.requiringNew()
                .call(() -> AnalyzedEvaluation.<AnalyzedEvaluation>findById(id).revision));
    }

    private static List<FocusCheckIn> checksOf(String candidate) {
        return Tenancy.asService(() -> QuarkusTransaction.requiringNew()
                .call(() -> FocusCheckIn.<FocusCheckIn>list("candidateId", candidate)));
    }
}
