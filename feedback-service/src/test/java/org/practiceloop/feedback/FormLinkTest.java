package org.practiceloop.feedback;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.practiceloop.common.link.LinkFixtures;
import org.practiceloop.common.link.SignedLinks;
import org.practiceloop.devinfra.TestApiKeys;

/** An organisation's signed form links: what is submitted through one is that organisation's; revoked or forged links are refused. */
@QuarkusTest
class FormLinkTest {

    private static final String OTHER = "Bearer " + TestApiKeys.OTHER_ORGANIZATION;

    @Inject
    SignedLinks signing;

    @ConfigProperty(name = "practiceloop.form.signing.keys.default.secret")
    String retiredSecret;

    @ConfigProperty(name = "practiceloop.form.signing.keys.old.secret")
    String pastItsDateSecret;

    @Test
    void aSubmissionThroughALinkBelongsToTheLinksOrganisationUntilTheLinkIsRevoked() {
        var link = given().header("Authorization", OTHER).contentType(ContentType.JSON)
                .body(Map.of("label", "Anna (volunteer)", "validDays", 30)).post("/api/v1/form-links")
                .then().statusCode(201).body("url", matchesPattern("http://127.0.0.1:8081/form\\?link=[\\w-]+\\.[\\w-]+"))
                .extract().jsonPath();
        String token = link.getString("url").substring(link.getString("url").indexOf("link=") + 5);

        given().get("/form?link=" + token).then().statusCode(200)
                .body(containsString("action=\"/form?link=" + token + "\""));
        String location = EvaluationFormTest.filled(Map.of()).redirects().follow(false).post("/form?link=" + token)
                .then().statusCode(303).header("Location", containsString("?link=" + token)).extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1, location.indexOf('?'));
        given().get(location).then().statusCode(200).body(containsString("your evaluation was received"));
        given().header("Authorization", OTHER).get("/api/v1/evaluations/" + id).then().statusCode(200);
        given().get("/api/v1/evaluations/" + id).then().statusCode(404); // not the default organisation's

        given().get("/api/v1/form-links").then().statusCode(200).body("id", not(hasItem(link.getString("id"))));
        given().header("Authorization", OTHER).get("/api/v1/form-links").then().statusCode(200)
                .body("id", hasItem(link.getString("id")));
        given().delete("/api/v1/form-links/" + link.getString("id")).then().statusCode(404);
        given().header("Authorization", OTHER).delete("/api/v1/form-links/" + link.getString("id"))
                .then().statusCode(200).body("revokedAt", not(nullValue()));
        given().get("/form?link=" + token).then().statusCode(400).body(containsString("This form link does not work"));
        EvaluationFormTest.filled(Map.of()).post("/form?link=" + token).then().statusCode(400);
    }

    @Test
    void forgedExpiredAndUnknownLinksAreRefusedWithAClearPage() {
        String unknown = signing.issue("other", UUID.randomUUID().toString());
        String expired = signing.issue("other", UUID.randomUUID().toString(), Instant.now().minusSeconds(1));
        for (String bad : new String[] {unknown, expired, unknown.substring(0, unknown.length() - 2) + "xx", "nonsense"}) {
            given().get("/form?link=" + bad).then().statusCode(400).contentType(containsString("text/html"))
                    .body(containsString("This form link does not work"));
        }
        given().contentType(ContentType.JSON).body(Map.of("label", "", "validDays", 400)).post("/api/v1/form-links")
                .then().statusCode(400).body("errors.size()", equalTo(2));
    }

    /** The tests' keys are mid-rotation: "default" retired but still opening its links, "old" past its date. */
    @Test
    void linksSentBeforeARotationOpenUntilTheirKeysDateAndOtherKeysGetTheSamePage() {
        String id = given().header("Authorization", OTHER).contentType(ContentType.JSON)
                .body(Map.of("label", "Ben (coach)", "validDays", 30)).post("/api/v1/form-links")
                .then().statusCode(201).extract().path("id");
        String beforeKeyIds = LinkFixtures.withoutKeyId(retiredSecret, "other", id, Instant.now().plus(Duration.ofDays(30)));
        for (String sentBefore : new String[] {beforeKeyIds, LinkFixtures.signedWith("default", retiredSecret).issue("other", id)}) {
            given().get("/form?link=" + sentBefore).then().statusCode(200)
                    .body(containsString("action=\"/form?link=" + sentBefore + "\""));
        }
        for (String bad : new String[] {LinkFixtures.signedWith("old", pastItsDateSecret).issue("other", id),
                LinkFixtures.signedWith("unknown", retiredSecret).issue("other", id)}) {
            given().get("/form?link=" + bad).then().statusCode(400).contentType(containsString("text/html"))
                    .body(containsString("This form link does not work"));
        }
    }
}
