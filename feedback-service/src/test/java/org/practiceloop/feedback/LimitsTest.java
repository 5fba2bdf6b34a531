package org.practiceloop.feedback;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.practiceloop.devinfra.TestApiKeys;
import org.practiceloop.feedback.service.ImportQuota;

/**
 * Per-key rate limits and the per-organisation import quota, with small numbers to reach them;
 * and an install without an open organisation, whose form works only through form links.
 */
@QuarkusTest
@TestProfile(LimitsTest.SmallLimits.class)
class LimitsTest {

    @Inject
    DataSource dataSource;

    public static class SmallLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("practiceloop.auth.rate-limit.burst", "5", "practiceloop.auth.rate-limit.per-second", "0.5",
                    "practiceloop.import.rows-per-day", "3", "practiceloop.form.open-organization", "");
        }
    }

    @Test
    void aKeyPastItsRateGets429WithRetryAfterAndOtherKeysGoOn() {
        String key = "Bearer " + TestApiKeys.PLANS_READ_ONLY; // a key of its own: its bucket only
        for (int i = 0; i < 5; i++) {
            given().header("Authorization", key).get("/api/v1/evaluations?candidateId=x").then().statusCode(403);
        }
        var refused = given().header("Authorization", key).get("/api/v1/evaluations?candidateId=x")
                .then().statusCode(429).contentType("application/problem+json")
                .body("detail", containsString("retry after")).extract();
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 2L);
        given().get("/api/v1/evaluations?candidateId=x").then().statusCode(200);
    }

    @Test
    void anImportThatWouldPassTheOrganisationsQuotaIsRefusedWhole() {
        String other = "Bearer " + TestApiKeys.OTHER_ORGANIZATION;
        given().header("Authorization", other).contentType(ContentType.JSON).body("[" + row() + "," + row() + "]")
                .post("/api/v1/evaluations/import").then().statusCode(200).body("accepted", equalTo(2));
        var refused = given().header("Authorization", other).contentType(ContentType.JSON)
                .body("[" + row() + "," + row() + "]").post("/api/v1/evaluations/import")
                .then().statusCode(429).contentType("application/problem+json")
                .body("detail", containsString("may import 3 rows per 24 hours; 1 are left")).extract();
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(86_000L, 86_400L);
        given().header("Authorization", other).get("/api/v1/evaluations?candidateId=quota").then()
                .body("items.size()", equalTo(2));
        // Another organisation's quota is its own.
        given().contentType(ContentType.JSON).body("[" + row() + "]").post("/api/v1/evaluations/import")
                .then().statusCode(200);
    }

    @Test
    void anImportWaitsForTheOrganisationsRunningImport() throws SQLException {
        // Holds the lock an import of organisation "default" holds while it stores its rows.
        try (Connection running = dataSource.getConnection()) {
            advisoryLock(running, "pg_advisory_lock");
            try {
                given().contentType(ContentType.JSON).body("[" + row() + "]").post("/api/v1/evaluations/import")
                        .then().statusCode(409).contentType("application/problem+json").header("Retry-After", "5")
                        .body("detail", containsString("Another import for your organisation is still running"));
                // Another organisation's imports do not wait for it.
                given().header("Authorization", "Bearer " + TestApiKeys.OTHER_ORGANIZATION)
                        .contentType(ContentType.JSON).body("[]").post("/api/v1/evaluations/import")
                        .then().statusCode(200);
            } finally {
                advisoryLock(running, "pg_advisory_unlock");
            }
        }
        given().contentType(ContentType.JSON).body("[" + row() + "]").post("/api/v1/evaluations/import")
                .then().statusCode(200).body("accepted", equalTo(1));
    }

    private static void advisoryLock(Connection connection, String function) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "select " + function + "(?, hashtext('default'))")) {
            statement.setInt(1, ImportQuota.LOCK_NAMESPACE);
            statement.execute();
        }
    }

    @Test
    void withoutAnOpenOrganisationTheFormAsksForALink() {
        given().get("/form").then().statusCode(400).contentType(ContentType.HTML)
                .body(containsString("This form needs your organisation's link"));
        EvaluationFormTest.filled(Map.of()).post("/form").then().statusCode(400);
    }

    private static String row() {
        return Evaluations.exampleWith("\"cand-42\"", "\"quota\"")
                .replace("Clarify the requirements before coding", "Clarify " + UUID.randomUUID());
    }
}
