package org.practiceloop.analysis;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.practiceloop.common.auth.DelegatedReview;
import org.practiceloop.common.link.LinkSigningConfig;
import org.practiceloop.common.link.SignedLinks;

@QuarkusTest
class ReviewResourceTest {

    /** The review keys of the test profile (application.properties), as feedback-service would hold them. */
    private static final SignedLinks FEEDBACK_SIDE = links("test-only-review-delegation-key-0123456789");
    private static final String BODY = """
            {"strengths": "Great instinct choosing BFS there.",
             "improvements": "- You never asked about constraints; clarify the input size first.",
             "comments": "Company-wide layoffs were announced this week; all hiring is frozen.\\nhonestly you seem like the kind of person who has never finished anything",
             "ratingNotes": [{"competency": "communication", "note": "Communication wasn't at the level we expected."}]}""";

    @Test
    void eachItemIsLabelledAsTheAnalysisWouldWithASuggestionForItsReason() {
        given().contentType(ContentType.JSON).body(BODY)
                .when().post("/api/v1/reviews")
                .then().statusCode(200)
                .body("items.size()", equalTo(5))
                .body("items[1].source", equalTo("improvements"))
                .body("items[1].label", equalTo("constructive"))
                .body("items[1].theme", equalTo("problem_clarification"))
                .body("items[1].shownToCandidate", equalTo(true))
                .body("items[1].suggestion", containsString("Shown to the candidate, under Clarifying the problem"))
                .body("items[0].reason", equalTo("praise_only"))
                .body("items[0].suggestion", containsString("Say exactly what worked"))
                .body("items[2].reason", equalTo("external"))
                .body("items[2].shownToCandidate", equalTo(false))
                .body("items[2].suggestion", containsString("outside the candidate's control"))
                .body("items[3].reason", equalTo("hurtful"))
                .body("items[3].suggestion", containsString("Will not be shown to the candidate"))
                .body("items[3].suggestion", containsString("Describe that behaviour"))
                .body("items[4].source", equalTo("rating_note"))
                .body("items[4].competency", equalTo("communication"))
                .body("items[4].reason", equalTo("vague"))
                .body("items[4].suggestion", containsString("(about communication)"))
                .body("items[4].suggestion", containsString("Name the moment in the session"))
                .body("items[4].suggestion", containsString("think aloud"))
                .body("items.suggestion", not(hasItem("Be more specific.")))
                .body("summary.items", equalTo(5))
                .body("summary.shown", equalTo(1))
                .body("summary.shielded", equalTo(Map.of("external", 1, "vague", 1, "praise_only", 1, "hurtful", 1)));
    }

    @Test
    void aTextOverTheEvaluationsLimitIsAProblemNamingTheField() {
        given().contentType(ContentType.JSON).body(Map.of("comments", "x".repeat(5001)))
                .when().post("/api/v1/reviews")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("comments"));
        given().contentType(ContentType.JSON)
                .body(Map.of("ratingNotes", List.of(Map.of("competency", "Not A Name", "note", "fine"))))
                .when().post("/api/v1/reviews")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("ratingNotes[0].competency"));
    }

    @Test
    void feedbackServicesDelegatedTokenOpensTheReviewAndNothingElse() {
        String token = FEEDBACK_SIDE.issue("default", DelegatedReview.SUBJECT);
        given().header("Authorization", "").header(DelegatedReview.HEADER, token).contentType(ContentType.JSON)
                .body(BODY).when().post("/api/v1/reviews")
                .then().statusCode(200).body("summary.items", equalTo(5));
        // The token grants the review only: no scope of an API key comes with it.
        given().header("Authorization", "").header(DelegatedReview.HEADER, token).contentType(ContentType.JSON)
                .body("{\"texts\": [\"Test the edge cases\"]}").when().post("/api/v1/classify")
                .then().statusCode(403);
        given().header("Authorization", "").header(DelegatedReview.HEADER, token)
                .when().get("/api/v1/candidates/cand-42/themes")
                .then().statusCode(403);
    }

    @Test
    void aForgedExpiredOrMisusedTokenIsRefused() {
        SignedLinks otherSecret = links("not-the-review-key-of-this-service-0123456789");
        for (String token : new String[] {
                otherSecret.issue("default", DelegatedReview.SUBJECT),
                FEEDBACK_SIDE.issue("default", DelegatedReview.SUBJECT, Instant.now().minusSeconds(1)),
                FEEDBACK_SIDE.issue("default", "form-link-42"),
                "not a token"}) {
            given().header("Authorization", "").header(DelegatedReview.HEADER, token).contentType(ContentType.JSON)
                    .body(BODY).when().post("/api/v1/reviews")
                    .then().statusCode(401).contentType("application/problem+json");
        }
    }

    private static SignedLinks links(String secret) {
        LinkSigningConfig config = new LinkSigningConfig() {
            @Override
            public String currentKey() {
                return "default";
            }

            @Override
            public Map<String, Key> keys() {
                return Map.of("default", new Key() {
                    @Override
                    public String secret() {
                        return secret;
                    }

                    @Override
                    public Optional<Instant> verifiesUntil() {
                        return Optional.empty();
                    }
                });
            }
        };
        return new SignedLinks(config, "test", Duration.ofSeconds(60), Clock.systemUTC());
    }
}
