package org.practiceloop.analysis;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.practiceloop.analysis.service.PlanPageService;
import org.practiceloop.common.link.LinkFixtures;
import org.practiceloop.common.link.SignedLinks;

/** The candidate's plan page over HTTP: what it shows, ticking drills, and the links it refuses. */
@QuarkusTest
class PlanPageTest {

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Inject
    PlanPageService plans;

    @Inject
    SignedLinks links;

    @Inject
    ObjectMapper mapper;

    @ConfigProperty(name = "practiceloop.plan-page.signing.keys.default.secret")
    String retiredSecret;

    @ConfigProperty(name = "practiceloop.plan-page.signing.keys.old.secret")
    String pastItsDateSecret;

    @Test
    void thePageShowsThePlanWithChartsAndATickIsKeptIdempotentlyIntoTheNextVersion() throws Exception {
        String candidate = "cand-" + UUID.randomUUID();
        Pipeline.submit(kafka, ContractEvents.evaluationFor(candidate));
        Pipeline.awaitPlanVersion(candidate, 1);
        String page = path(plans.link("default", candidate));

        given().get(page).then().statusCode(200).contentType(ContentType.HTML)
                .body(containsString("Ada Byron, your action plan"))
                .body(containsString("Clarifying the problem"))
                .body(containsString("“Clarify the requirements before coding”"))
                .body(containsString("<svg class=\"theme-chart\""))
                .body(containsString("You have done 0 of"))
                .body(not(containsString("role was frozen")));

        String token = page.substring(page.indexOf("token=") + 6);
        for (int i = 0; i < 2; i++) { // the same tick twice changes nothing
            given().redirects().follow(false).contentType(ContentType.URLENC)
                    .formParam("drill", "problem_clarification-1").formParam("done", "true")
                    .post("/plan/drills?token=" + token)
                    .then().statusCode(303).header("Location", endsWith("#problem_clarification-1"));
        }
        given().get(page).then().statusCode(200)
                .body(containsString("You have done 1 of"))
                .body(containsString("Done ✓"));

        // A second session makes version 2; the tick stays, and the event the email is made from carries it.
        ConsumerTask<String, String> events = kafka.consumeStrings().fromTopics("action-plan-updated");
        try {
            Pipeline.submit(kafka, Pipeline.secondSessionFor(candidate));
            Pipeline.awaitPlanVersion(candidate, 2);
            JsonNode version2 = Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> events.getRecords().stream()
                    .map(r -> read(r.value())).filter(e -> e.at("/data/candidate/id").asText().equals(candidate)
                            && e.at("/data/planVersion").asInt() == 2).findFirst().orElse(null), e -> e != null);
            assertThat(version2.at("/data/drillsDone").toString()).isEqualTo("[\"problem_clarification-1\"]");
        } finally {
            events.close();
        }
        given().get(page).then().statusCode(200)
                .body(containsString("Version 2"))
                .body(containsString("You have done 1 of"))
                .body(containsString("version=1\">Version 1"));
        given().get(page + "&version=1").then().statusCode(200)
                .body(containsString("This is an earlier version"));
    }

    @Test
    void realInterviewsShowInTheTimelineTheirThemesAreMarkedAndTheirExternalReasonsAreSaidOnce() {
        String candidate = "cand-" + UUID.randomUUID();
        Pipeline.submit(kafka, ContractEvents.evaluationFor(candidate));
        Pipeline.awaitPlanVersion(candidate, 1);
        var interview = ContractEvents.interviewFor(candidate);
        ((com.fasterxml.jackson.databind.node.ObjectNode) interview.get("data")).put("feedback",
                "Hi Ada,\n\nThank you for your time.\n\nYour solution was never run against edge cases such as an "
                        + "empty input.\nUnfortunately, the hiring budget for the team was cut this quarter.\n\n"
                        + "Best regards,\nNoor Haddad");
        Pipeline.submit(kafka, interview);
        Pipeline.awaitPlanVersion(candidate, 2);

        String html = given().get(path(plans.link("default", candidate))).then().statusCode(200).extract().asString();
        assertThat(html).contains("A company raised it too", "a company, after your interview on 2026-03-16",
                "Outside your control, left aside", "mock interview, coding",
                "real interview, data scientist at Northwind, technical, <span class=\"outcome\">rejected</span>")
                .doesNotContain("Thank you for your time").doesNotContain("Noor");
        assertThat(html.split("hiring budget for the team was cut", -1)).as("said once").hasSize(2);
        assertThat(html.indexOf("mock interview, coding")).as("oldest first")
                .isLessThan(html.indexOf("real interview, data scientist"));
    }

    @Test
    void tamperedExpiredAndWrongLinksGetAClearPage() {
        String candidate = "cand-" + UUID.randomUUID();
        Pipeline.submit(kafka, ContractEvents.evaluationFor(candidate));
        Pipeline.awaitPlanVersion(candidate, 1);
        String token = links.issue("default", candidate);
        String otherCandidate = links.issue("default", "someone-else");
        String tampered = otherCandidate.substring(0, otherCandidate.indexOf('.')) + token.substring(token.indexOf('.'));

        for (String bad : new String[] {tampered, links.issue("default", candidate, Instant.now().minusSeconds(1)),
                "not-a-token", ""}) {
            given().get("/plan?token=" + bad).then().statusCode(400).contentType(ContentType.HTML)
                    .body(containsString("This link does not work"));
            given().contentType(ContentType.URLENC).formParam("drill", "problem_clarification-1")
                    .formParam("done", "true").post("/plan/drills?token=" + bad)
                    .then().statusCode(400).body(containsString("This link does not work"));
        }
        given().get("/plan").then().statusCode(400).body(containsString("This link does not work"));
        given().get("/plan?token=" + token + "&version=7").then().statusCode(404)
                .body(containsString("There is no such plan version"));
        given().get("/plan?token=" + token + "&version=x").then().statusCode(404);
        given().contentType(ContentType.URLENC).formParam("drill", "communication-9").formParam("done", "true")
                .post("/plan/drills?token=" + token).then().statusCode(400)
                .body(containsString("That drill is not in your current plan"));
        given().get("/plan?token=" + otherCandidate).then().statusCode(404);
        // A form body whose percent-encoding is broken is the client's error, not a 500.
        given().contentType(ContentType.URLENC).body("drill=%zz&done=true").post("/plan/drills?token=" + token)
                .then().statusCode(400);
    }

    /** The tests' keys are mid-rotation: "default" retired but still opening its links, "old" past its date. */
    @Test
    void linksSentBeforeARotationOpenUntilTheirKeysDateAndOtherKeysGetTheSamePage() {
        String candidate = "cand-" + UUID.randomUUID();
        Pipeline.submit(kafka, ContractEvents.evaluationFor(candidate));
        Pipeline.awaitPlanVersion(candidate, 1);

        String beforeKeyIds = LinkFixtures.withoutKeyId(retiredSecret, "default", candidate, Instant.now().plus(Duration.ofDays(30)));
        for (String sentBefore : new String[] {beforeKeyIds, LinkFixtures.signedWith("default", retiredSecret).issue("default", candidate)}) {
            given().get("/plan?token=" + sentBefore).then().statusCode(200).body(containsString("Ada Byron, your action plan"));
        }
        for (String bad : new String[] {LinkFixtures.signedWith("old", pastItsDateSecret).issue("default", candidate),
                LinkFixtures.signedWith("unknown", retiredSecret).issue("default", candidate)}) {
            given().get("/plan?token=" + bad).then().statusCode(400).contentType(ContentType.HTML)
                    .body(containsString("This link does not work"));
        }
    }

    private JsonNode read(String json) {
        try {
            return mapper.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String path(String link) {
        return link.substring(link.indexOf("/plan"));
    }
}
