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
import io.restassured.specification.RequestSpecification;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practiceloop.analysis.service.PlanPageService;
import org.practiceloop.common.auth.DelegatedInterview;
import org.practiceloop.common.link.LinkFixtures;
import org.practiceloop.common.link.SignedLinks;

/** The plan page's "Log a real interview" form: handed to feedback-service with a delegated token, or refused on the page. */
@QuarkusTest
class PlanInterviewFormTest {

    private static final Pattern NONCE = Pattern.compile("name=\"nonce\" value=\"([0-9a-f-]{36})\"");

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Inject
    PlanPageService plans;

    @Inject
    SignedLinks links;

    @Inject
    ObjectMapper mapper;

    @ConfigProperty(name = "practiceloop.interview-delegation.signing.keys.default.secret")
    String delegationSecret;

    @BeforeEach
    void forget() {
        FeedbackStandIn.RECEIVED.clear();
        FeedbackStandIn.UNAVAILABLE.set(false);
    }

    @Test
    void aLoggedInterviewIsHandedOverForItsCandidateOnceAndThePageConfirmsIt() throws Exception {
        String candidate = candidateWithPlan();
        String token = token(candidate);
        String page = given().get("/plan?token=" + token).then().statusCode(200)
                .body(containsString("<label for=\"interview-role\">Role</label>"))
                .extract().asString();
        String nonce = nonce(page);

        for (int i = 0; i < 2; i++) { // a double submit: the same nonce both times
            form(nonce, "onsite").post("/plan/interviews?token=" + token)
                    .then().statusCode(303).header("Location", containsString("interview=logged"))
                    .header("Location", endsWith("#log-interview"));
        }
        given().get("/plan?token=" + token + "&interview=logged").then().statusCode(200)
                .body(containsString("Your interview is logged; it appears here once it is analysed"));

        assertThat(FeedbackStandIn.RECEIVED).hasSize(2).allSatisfy(received -> {
            assertThat(received.path()).isEqualTo("/api/v1/candidates/" + candidate + "/interviews");
            assertThat(received.idempotencyKey()).isEqualTo(nonce);
            Optional<SignedLinks.Subject> subject = LinkFixtures.signedWith("default", delegationSecret)
                    .verify(received.delegatedToken());
            assertThat(subject).contains(new SignedLinks.Subject("default", DelegatedInterview.subject(candidate)));
        });
        JsonNode body = mapper.readTree(FeedbackStandIn.RECEIVED.get(0).body());
        assertThat(body.path("company").isNull()).as("a blank company is sent as none").isTrue();
        assertThat(body.path("role").asText()).isEqualTo("data scientist");
        assertThat(body.path("stage").asText()).isEqualTo("onsite");
        assertThat(body.path("interviewDate").asText()).isEqualTo("2026-11-20");
        assertThat(body.path("outcome").asText()).isEqualTo("rejected");
        assertThat(body.path("feedback").asText()).contains("A/B testing");
    }

    @Test
    void aFieldFeedbackRefusesIsNamedOnTheFormWithWhatWasEntered() {
        String candidate = candidateWithPlan();
        String token = token(candidate);
        String nonce = nonce(given().get("/plan?token=" + token).then().statusCode(200).extract().asString());

        String refused = form(nonce, "sometime").post("/plan/interviews?token=" + token)
                .then().statusCode(400).contentType(ContentType.HTML)
                .body(containsString("<a href=\"#interview-stage\">stage</a>: must be one of screen, technical, onsite, final"))
                .body(containsString("aria-describedby=\"interview-stage-error\""))
                .body(containsString("value=\"data scientist\""))
                .body(containsString("Your A/B testing knowledge was not strong enough."))
                .extract().asString();
        assertThat(nonce(refused)).as("the corrected submit is another request").isNotEqualTo(nonce);
    }

    @Test
    void aTamperedOrExpiredLinkSaysSoAndSendsNothing() {
        String candidate = candidateWithPlan();
        String token = token(candidate);
        String other = token(candidateWithPlan());
        String tampered = other.substring(0, other.indexOf('.')) + token.substring(token.indexOf('.'));
        for (String bad : new String[] {tampered, links.issue("default", candidate, Instant.now().minusSeconds(1)),
                "not-a-token"}) {
            form(UUID.randomUUID().toString(), "onsite").post("/plan/interviews?token=" + bad)
                    .then().statusCode(400).body(containsString("This link does not work"))
                    .body(not(containsString("Log a real interview")));
        }
        assertThat(FeedbackStandIn.RECEIVED).isEmpty();
    }

    @Test
    void aSubmitWithoutThePagesNonceIsNotSent() {
        String token = token(candidateWithPlan());
        form("", "onsite").post("/plan/interviews?token=" + token)
                .then().statusCode(400).body(containsString("Please send the form from your plan page."));
        assertThat(FeedbackStandIn.RECEIVED).isEmpty();
    }

    @Test
    void anInterviewFeedbackServiceCannotTakeNowIsSaidSoWithTheEntriesAndTheNonceKept() {
        String token = token(candidateWithPlan());
        String nonce = nonce(given().get("/plan?token=" + token).then().statusCode(200).extract().asString());
        FeedbackStandIn.UNAVAILABLE.set(true);
        String answer = form(nonce, "onsite").post("/plan/interviews?token=" + token)
                .then().statusCode(503).contentType(ContentType.HTML)
                .body(containsString("We could not save your interview right now"))
                .body(containsString("value=\"data scientist\""))
                .extract().asString();
        assertThat(nonce(answer)).as("sending it again is the same request").isEqualTo(nonce);
    }

    private String candidateWithPlan() {
        String candidate = "cand-" + UUID.randomUUID();
        Pipeline.submit(kafka, ContractEvents.evaluationFor(candidate));
        Pipeline.awaitPlanVersion(candidate, 1);
        return candidate;
    }

    private String token(String candidate) {
        String link = plans.link("default", candidate);
        return link.substring(link.indexOf("token=") + 6);
    }

    static String nonce(String html) {
        Matcher matcher = NONCE.matcher(html);
        assertThat(matcher.find()).as("the form carries a nonce").isTrue();
        return matcher.group(1);
    }

    static RequestSpecification form(String nonce, String stage) {
        return given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("nonce", nonce).formParam("company", " ").formParam("role", "data scientist")
                .formParam("stage", stage).formParam("interviewDate", "2026-11-20").formParam("outcome", "rejected")
                .formParam("feedback", "Your A/B testing knowledge was not strong enough. We are cutting the budget.");
    }
}
