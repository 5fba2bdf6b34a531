package org.practiceloop.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.practiceloop.devinfra.HeadlessChromium;

/**
 * The review while writing, over the packaged feedback-service and the real analysis-service it
 * asks (labels from the trained classifier, a delegated token for the form's organisation): the
 * API, then the partner form in headless Chromium, and last the form with analysis-service stopped.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EvaluationReviewIT {

    private static final String VAGUE = "Communication wasn't at the level we expected.";
    private static final String HURTFUL = "honestly you seem like the kind of person who has never finished anything";
    private static final String CONSTRUCTIVE = "You never asked about constraints; clarify the input size first.";
    private static TestSystem system;
    private static ServiceProcess feedback;
    private static ServiceProcess analysis;
    private static WebDriver browser;

    @BeforeAll
    static void startTheSystem() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        system = new TestSystem();
        String secret = UUID.randomUUID() + "-" + UUID.randomUUID();
        feedback = system.start("feedback-service", "review_feedback", true, Map.of(
                "practiceloop.form.signing.keys.default.secret", secret,
                "practiceloop.form.public-url", "http://127.0.0.1:${quarkus.http.port}"));
        analysis = system.start("analysis-service", "review_analysis", true,
                Map.of("practiceloop.plan-page.signing.keys.default.secret", secret));
        List.of(feedback, analysis).forEach(s -> s.awaitReady(Duration.ofSeconds(90)));
        // The first classification loads the model's session: done here, not inside a review's timeout.
        given().contentType(ContentType.JSON).body("{\"texts\": [\"Test the edge cases\"]}")
                .post(analysis.baseUrl() + "/api/v1/classify").then().statusCode(200);
    }

    @AfterAll
    static void stopTheSystem() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (system != null) {
            system.close();
        }
    }

    @Test
    @Order(1)
    void theApiAnswersEachItemAsTheAnalysisWillLabelItAndStoresNothing() {
        String candidate = "review-" + UUID.randomUUID();
        String body = TestSystem.exampleEvaluation()
                .replace("\"cand-42\"", "\"" + candidate + "\"")
                .replace("Not convincing overall.", VAGUE)
                .replace("The role was frozen this week, nothing to do with you.", HURTFUL);

        given().contentType(ContentType.JSON).body(body)
                .when().post(feedback.baseUrl() + "/api/v1/evaluations/review")
                .then().statusCode(200)
                .body(item(VAGUE) + ".reason", equalTo("vague"))
                .body(item(VAGUE) + ".competency", equalTo("communication"))
                .body(item(VAGUE) + ".shownToCandidate", equalTo(false))
                .body(item(VAGUE) + ".suggestion", containsString("Name the moment"))
                .body(item(HURTFUL) + ".reason", equalTo("hurtful"))
                .body(item(HURTFUL) + ".suggestion",
                        containsString("Will not be shown to the candidate"))
                .body(item("Clarify the requirements before coding") + ".label", equalTo("constructive"))
                .body(item("Clarify the requirements before coding") + ".shownToCandidate", equalTo(true))
                .body("summary.shielded.vague", equalTo(1))
                .body("summary.shielded.hurtful", equalTo(1));

        // Straight to analysis-service with the same key: the same items.
        List<String> direct = given().contentType(ContentType.JSON)
                .body(Map.of("improvements", "- Clarify the requirements before coding\n- Test the edge cases",
                        "ratingNotes", List.of(Map.of("competency", "communication", "note", VAGUE))))
                .post(analysis.baseUrl() + "/api/v1/reviews").then().statusCode(200)
                .extract().jsonPath().getList("items.text", String.class);
        assertThat(direct).containsExactly("Clarify the requirements before coding", "Test the edge cases", VAGUE);

        given().get(feedback.baseUrl() + "/api/v1/evaluations?candidateId=" + candidate).then().statusCode(200)
                .body("items.size()", equalTo(0));
    }

    @Test
    @Order(2)
    void theFormMarksEachCommentAndReviewingAgainAfterAnEditClearsTheMark() {
        browser = HeadlessChromium.start(1000, 2400);
        String candidate = "form-review-" + UUID.randomUUID().toString().substring(0, 8);
        browser.get(formLink());
        fillTheRequiredFields(candidate);
        browser.findElement(By.cssSelector("input[name='score.communication'][value='2']")).click();
        browser.findElement(By.id("note.communication")).sendKeys(VAGUE);
        browser.findElement(By.id("improvements")).sendKeys("- " + CONSTRUCTIVE);
        browser.findElement(By.id("comments")).sendKeys(HURTFUL);
        review();
        HeadlessChromium.screenshot(browser, "form-review-marked");

        WebElement vague = browser.findElement(By.id("review-communication"));
        assertThat(vague.getText()).contains("Will be left out: too vague to act on", VAGUE, "Name the moment");
        WebElement hurtful = browser.findElement(By.id("review-comments"));
        assertThat(hurtful.getText()).contains("Will be left out: hurtful", HURTFUL, "Describe that behaviour");
        assertThat(browser.findElement(By.id("review-improvements")).getText())
                .contains("Shown to the candidate", CONSTRUCTIVE);
        assertThat(browser.findElement(By.id("review-summary")).getText()).contains("1 too vague to act on");
        // The fields keep what was typed, still editable.
        assertThat(browser.findElement(By.id("comments")).getAttribute("value")).isEqualTo(HURTFUL);

        browser.findElement(By.id("comments")).clear();
        browser.findElement(By.id("comments")).sendKeys("You jumped into code before clarifying the requirements; "
                + "restate the problem and ask about edge cases first.");
        review();
        HeadlessChromium.screenshot(browser, "form-review-after-edit");
        assertThat(browser.findElement(By.id("review-comments")).getText())
                .contains("Shown to the candidate").doesNotContain("Will be left out", HURTFUL);
        assertThat(browser.findElement(By.id("review-communication")).getText()).contains("too vague to act on");

        HeadlessChromium.submit(browser, By.cssSelector("button[value='submit']"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Thank you, your evaluation was received");
        given().get(feedback.baseUrl() + "/api/v1/evaluations?candidateId=" + candidate).then().statusCode(200)
                .body("items[0].comments", containsString("restate the problem"))
                .body("items[0].comments", not(containsString("never finished anything")));
    }

    @Test
    @Order(3)
    void withAnalysisStoppedTheFormSaysTheReviewIsUnavailableAndStillSubmits() throws Exception {
        analysis.close();
        if (browser == null) {
            browser = HeadlessChromium.start(1000, 2400);
        }
        String candidate = "form-no-review-" + UUID.randomUUID().toString().substring(0, 8);
        browser.get(formLink());
        fillTheRequiredFields(candidate);
        browser.findElement(By.id("comments")).sendKeys(VAGUE);
        review();
        HeadlessChromium.screenshot(browser, "form-review-unavailable");
        assertThat(browser.findElement(By.id("review-unavailable")).getText())
                .isEqualTo("The review is unavailable right now; you can still submit.");
        assertThat(browser.findElement(By.id("comments")).getAttribute("value")).isEqualTo(VAGUE);

        HeadlessChromium.submit(browser, By.cssSelector("button[value='submit']"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Thank you, your evaluation was received");
        given().get(feedback.baseUrl() + "/api/v1/evaluations?candidateId=" + candidate).then().statusCode(200)
                .body("items.size()", equalTo(1));
    }

    /** The review's item with this text (GPath; the texts hold apostrophes, so quoted with "). */
    private static String item(String text) {
        return "items.find { it.text == \"" + text + "\" }";
    }

    private static String formLink() {
        return given().contentType(ContentType.JSON).body("{\"label\": \"Review panel\", \"validDays\": 1}")
                .post(feedback.baseUrl() + "/api/v1/form-links").then().statusCode(201).extract().path("url");
    }

    private static void review() {
        HeadlessChromium.submit(browser, By.cssSelector("button[value='review']"));
    }

    private static void fillTheRequiredFields(String candidate) {
        browser.findElement(By.id("candidateId")).sendKeys(candidate);
        browser.findElement(By.id("candidateEmail")).sendKeys(candidate + "@example.com");
        browser.findElement(By.id("interviewerId")).sendKeys("p-anna");
        // A date input takes the keys of its locale's format; set the value the way a picker would.
        ((JavascriptExecutor) browser).executeScript("document.getElementById('sessionDate').value = '2026-03-02'");
        browser.findElement(By.cssSelector("#interviewType option[value='coding']")).click();
        browser.findElement(By.cssSelector("input[name='recommendation'][value='leaning_yes']")).click();
    }
}
