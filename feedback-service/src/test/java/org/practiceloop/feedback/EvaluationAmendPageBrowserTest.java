package org.practiceloop.feedback;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.practiceloop.devinfra.HeadlessChromium;
import org.practiceloop.feedback.config.FeedbackConfig;

/** The partner opens the amend link of their email in real headless Chromium, edits a comment and submits. */
@QuarkusTest
class EvaluationAmendPageBrowserTest {

    private static WebDriver browser;

    @TestHTTPResource("/")
    URL root;

    @Inject
    FeedbackConfig config;

    @BeforeAll
    static void startChromium() {
        browser = HeadlessChromium.start(1000, 1600);
    }

    @AfterAll
    static void stopChromium() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void thePartnerEditsACommentAndRevision2IsStored() {
        UUID id = submit();
        browser.get(link(id, token(id)));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Amend your evaluation");
        WebElement comments = browser.findElement(By.id("comments"));
        assertThat(comments.getAttribute("value")).isEqualTo("The role was frozen this week, nothing to do with you.");
        comments.clear();
        comments.sendKeys("Say the complexity of each approach before choosing one.");
        HeadlessChromium.screenshot(browser, "amend-edited");
        HeadlessChromium.submit(browser, By.cssSelector("button[value=submit]"));

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Thank you, your evaluation was amended");
        assertThat(browser.findElement(By.id("revision")).getText()).isEqualTo("2");
        HeadlessChromium.screenshot(browser, "amend-confirmation");
        given().get("/api/v1/evaluations/" + id + "/revisions").then().statusCode(200)
                .body("revisions", hasSize(2))
                .body("revisions[1].comments", equalTo("Say the complexity of each approach before choosing one."))
                .body("revisions[1].ratings[0].note", equalTo("Not convincing overall."))
                .body("revisions[1].ratings[1].competency", equalTo("problem_solving"));
    }

    @Test
    void aTamperedLinkSaysSoAndStoresNothing() {
        UUID id = submit();
        String token = token(id);
        browser.get(link(id, token.substring(0, token.length() - 2) + "xx"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("This amend link does not work");
        assertThat(browser.findElements(By.tagName("form"))).isEmpty();
        HeadlessChromium.screenshot(browser, "amend-tampered");
        given().get("/api/v1/evaluations/" + id + "/revisions").then().body("revisions", hasSize(1));
    }

    private String token(UUID id) {
        return AmendTokens.issue(config, "default", id, Instant.now().plus(Duration.ofDays(7)));
    }

    private String link(UUID id, String token) {
        return root.toString().replaceAll("/$", "") + "/evaluations/" + id + "/amend?token=" + token;
    }

    private static UUID submit() {
        return UUID.fromString(given().contentType(ContentType.JSON)
                .body(Evaluations.exampleWith("\"cand-42\"", "\"amend-browser\""))
                .post("/api/v1/evaluations").then().statusCode(201).extract().path("id"));
    }
}
