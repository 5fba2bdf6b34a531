package org.practiceloop.feedback;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.practiceloop.common.auth.DelegatedInterview;
import org.practiceloop.common.link.LinkFixtures;
import org.practiceloop.common.link.SignedLinks;

/**
 * The token analysis-service sends when a candidate logs an interview on their plan page: it logs
 * an interview of the candidate it names, in its organisation, and opens nothing else.
 */
@QuarkusTest
class DelegatedInterviewTest {

    @ConfigProperty(name = "practiceloop.interview-delegation.signing.keys.default.secret")
    String secret;

    @Test
    void theTokenLogsAnInterviewOfItsCandidateInItsOrganisation() {
        String candidate = "plan-" + UUID.randomUUID();
        String token = analysisSide().issue("default", DelegatedInterview.subject(candidate));

        given().header("Authorization", "").header(DelegatedInterview.HEADER, token)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON).body(Interviews.example().toString())
                .post("/api/v1/candidates/" + candidate + "/interviews")
                .then().statusCode(201).body("candidateId", equalTo(candidate));

        // Stored under the token's organisation: its API key lists it.
        given().get("/api/v1/candidates/" + candidate + "/interviews").then().statusCode(200).body("$", hasSize(1));
    }

    @Test
    void anotherCandidateOrAnotherOperationIsForbiddenAndNothingIsStored() {
        String candidate = "plan-" + UUID.randomUUID();
        String other = "plan-" + UUID.randomUUID();
        String token = analysisSide().issue("default", DelegatedInterview.subject(candidate));

        given().header("Authorization", "").header(DelegatedInterview.HEADER, token)
                .contentType(ContentType.JSON).body(Interviews.example().toString())
                .post("/api/v1/candidates/" + other + "/interviews")
                .then().statusCode(403).contentType("application/problem+json");
        given().get("/api/v1/candidates/" + other + "/interviews").then().statusCode(200).body("$", empty());

        // No scope comes with the token: not even reading the candidate's own interviews.
        given().header("Authorization", "").header(DelegatedInterview.HEADER, token)
                .get("/api/v1/candidates/" + candidate + "/interviews")
                .then().statusCode(403);
        given().header("Authorization", "").header(DelegatedInterview.HEADER, token)
                .contentType(ContentType.JSON).body(Interviews.example().toString())
                .post("/api/v1/evaluations")
                .then().statusCode(403);
    }

    @Test
    void noTokenAForgedOneOrAnExpiredOneIsUnauthenticated() {
        String candidate = "plan-" + UUID.randomUUID();
        SignedLinks otherSecret = LinkFixtures.signedWith("default", "not-the-interview-key-of-this-service-0123");
        given().header("Authorization", "").contentType(ContentType.JSON).body(Interviews.example().toString())
                .post("/api/v1/candidates/" + candidate + "/interviews")
                .then().statusCode(401).contentType("application/problem+json");
        for (String token : new String[] {
                otherSecret.issue("default", DelegatedInterview.subject(candidate)),
                analysisSide().issue("default", DelegatedInterview.subject(candidate), Instant.now().minusSeconds(1)),
                analysisSide().issue("default", candidate), // a plan link's subject, not an interview token's
                "not a token"}) {
            given().header("Authorization", "").header(DelegatedInterview.HEADER, token)
                    .contentType(ContentType.JSON).body(Interviews.example().toString())
                    .post("/api/v1/candidates/" + candidate + "/interviews")
                    .then().statusCode(401).contentType("application/problem+json");
        }
        given().get("/api/v1/candidates/" + candidate + "/interviews").then().statusCode(200).body("$", empty());
    }

    private SignedLinks analysisSide() {
        return LinkFixtures.signedWith("default", secret);
    }
}
