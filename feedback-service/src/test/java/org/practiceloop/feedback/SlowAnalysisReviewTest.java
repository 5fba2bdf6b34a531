package org.practiceloop.feedback;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** analysis-service too slow: the review gives up (503 with Retry-After), and after repeated failures stops asking. */
@QuarkusTest
@TestProfile(SlowAnalysis.Profile.class)
class SlowAnalysisReviewTest {

    @Test
    void aSlowAnalysisIs503WithRetryAfterAndTheOpenCircuitSparesIt() {
        for (int i = 0; i < 6; i++) {
            given().contentType(ContentType.JSON).body(Evaluations.example())
                    .when().post("/api/v1/evaluations/review")
                    .then().statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", "5")
                    .body("detail", containsString("The review is unavailable right now"));
        }
        // The circuit opened after the first four timed out: the later reviews never reached analysis.
        assertThat(SlowAnalysis.REQUESTS.get()).isEqualTo(4);
    }
}
