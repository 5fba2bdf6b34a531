package org.practiceloop.notification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.practiceloop.common.link.LinkFixtures;
import org.practiceloop.common.link.SignedLinks;

/** RFC 8058 one-click unsubscribe through signed, expiring links. */
@QuarkusTest
class UnsubscribeTest {

    @Inject
    SignedLinks tokens;

    @ConfigProperty(name = "practiceloop.unsubscribe.signing.keys.default.secret")
    String retiredSecret;

    @ConfigProperty(name = "practiceloop.unsubscribe.signing.keys.old.secret")
    String pastItsDateSecret;

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Test
    void oneClickUnsubscribesIdempotentlyAndNoFurtherPlanIsEmailed() throws Exception {
        String candidate = "cand-" + UUID.randomUUID();
        String token = tokens.issue("default", candidate);

        for (int i = 0; i < 2; i++) { // a mail client may POST twice
            given().contentType("application/x-www-form-urlencoded").formParam("List-Unsubscribe", "One-Click")
                    .post("/unsubscribe?token=" + token)
                    .then().statusCode(200).body(containsString("You are unsubscribed"))
                    .body(containsString("Resubscribe"));
        }

        publishPlan(candidate);
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                given().get("/api/v1/candidates/" + candidate + "/deliveries")
                        .then().body("[0].status", equalTo("UNSUBSCRIBED")));
    }

    @Test
    void openingTheLinkOnlyAsksToConfirmAndTheWayBackWorks() {
        String candidate = "cand-" + UUID.randomUUID();
        String token = tokens.issue("default", candidate);

        given().get("/unsubscribe?token=" + token).then().statusCode(200)
                .body(containsString("Stop receiving action-plan emails?"))
                .body(containsString("method=\"post\""));
        given().post("/unsubscribe?token=" + token).then().statusCode(200);
        given().post("/unsubscribe/undo?token=" + token).then().statusCode(200)
                .body(containsString("You are subscribed again"));
    }

    @Test
    void aTamperedOrExpiredLinkIsRefusedWithAClearPage() {
        String token = tokens.issue("default", "cand-a");
        String otherCandidate = tokens.issue("default", "cand-b");
        String tampered = otherCandidate.substring(0, otherCandidate.indexOf('.')) + token.substring(token.indexOf('.'));
        String expired = tokens.issue("default", "cand-a", Instant.now().minusSeconds(1));

        for (String bad : List.of(tampered, expired, "garbage", "")) {
            given().post("/unsubscribe?token=" + bad).then().statusCode(400)
                    .contentType(containsString("text/html"))
                    .body(containsString("This link does not work"));
        }
    }

    /** The tests' keys are mid-rotation: "default" retired but still opening its links, "old" past its date. */
    @Test
    void linksSentBeforeARotationOpenUntilTheirKeysDateAndOtherKeysGetTheSamePage() {
        String beforeKeyIds = LinkFixtures.withoutKeyId(retiredSecret, "default", "cand-a", Instant.now().plus(Duration.ofDays(30)));
        for (String sentBefore : List.of(beforeKeyIds, LinkFixtures.signedWith("default", retiredSecret).issue("default", "cand-a"))) {
            given().get("/unsubscribe?token=" + sentBefore).then().statusCode(200)
                    .body(containsString("Stop receiving action-plan emails?"));
        }
        for (String bad : List.of(LinkFixtures.signedWith("old", pastItsDateSecret).issue("default", "cand-a"),
                LinkFixtures.signedWith("unknown", retiredSecret).issue("default", "cand-a"))) {
            given().post("/unsubscribe?token=" + bad).then().statusCode(400)
                    .contentType(containsString("text/html"))
                    .body(containsString("This link does not work"));
        }
    }

    private void publishPlan(String candidate) {
        PlanEvents.publish(kafka, PlanEvents.forCandidate(candidate, 1));
    }
}
