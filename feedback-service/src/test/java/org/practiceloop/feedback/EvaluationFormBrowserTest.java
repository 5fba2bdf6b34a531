package org.practiceloop.feedback;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.practiceloop.devinfra.HeadlessChromium;

/**
 * The partner form in real headless Chromium (Debian's chromium and chromium-driver), with
 * {@link AnalysisPlanStandIn} answering the candidates' focus areas as analysis-service does.
 */
@QuarkusTest
@TestProfile(AnalysisPlanStandIn.Profile.class)
class EvaluationFormBrowserTest {

    private static final By SUBMIT = By.cssSelector("button[value=submit]");

    private static WebDriver browser;

    @TestHTTPResource("/form")
    URL form;

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
    void aPartnerFillsTheFormAndSeesTheConfirmation() throws Exception {
        browser.get(form.toString());
        fillTheRequiredFields("cand-browser");
        browser.findElement(By.cssSelector("input[name='score.communication'][value='2']")).click();
        browser.findElement(By.id("note.communication")).sendKeys("Not convincing overall.");
        browser.findElement(By.id("improvements")).sendKeys("- Clarify the requirements before coding");
        screenshot("form-filled");
        HeadlessChromium.submit(browser, SUBMIT);

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Thank you, your evaluation was received");
        assertThat(browser.findElement(By.id("evaluation-id")).getText()).matches("[0-9a-f-]{36}");
        screenshot("form-confirmation");
    }

    @Test
    void aBadFieldShowsItsMessageNextToItAndKeepsWhatWasTyped() throws Exception {
        browser.get(form.toString());
        fillTheRequiredFields("cand-browser");
        browser.findElement(By.id("candidateEmail")).clear();
        browser.findElement(By.id("candidateEmail")).sendKeys("ada-at-example");
        HeadlessChromium.submit(browser, SUBMIT);

        assertThat(browser.findElement(By.id("candidateEmail-error")).getText())
                .isEqualTo("must be a well-formed email address");
        assertThat(browser.findElement(By.id("candidateEmail")).getAttribute("aria-describedby"))
                .isEqualTo("candidateEmail-error");
        assertThat(browser.findElement(By.id("candidateId")).getAttribute("value")).isEqualTo("cand-browser");
        assertThat(browser.findElement(By.id("error-summary")).getText())
                .contains("Candidate email: must be a well-formed email address");
        screenshot("form-invalid-email");
    }

    @Test
    void aPartnerChecksTheCandidatesFocusAreas() {
        browser.get(form.toString());
        fillTheRequiredFields(AnalysisPlanStandIn.PLANNED);
        HeadlessChromium.submit(browser, By.id("show-focus-areas"));

        WebElement clarifying = browser.findElement(By.id("focus.problem_clarification"));
        assertThat(clarifying.findElement(By.tagName("legend")).getText()).isEqualTo("Clarifying the problem");
        assertThat(browser.findElement(By.id("focus.problem_clarification-look-for")).getText())
                .isEqualTo("What to look for: You ask about inputs and edge cases before writing code.");
        assertThat(clarifying.getAttribute("aria-describedby")).isEqualTo("focus.problem_clarification-look-for");
        assertThat(browser.findElement(By.cssSelector("#focus\\.communication legend")).getText()).isEqualTo("Communication");
        // What the partner entered before asking is still there.
        assertThat(browser.findElement(By.id("candidateEmail")).getAttribute("value")).isEqualTo("ada@example.com");
        assertThat(browser.findElement(By.cssSelector("input[name='recommendation'][value='leaning_yes']")).isSelected())
                .isTrue();
        screenshot("form-focus-areas");

        // Each choice is named by its label's text, not only shown.
        clarifying.findElement(By.xpath(".//label[normalize-space()='Improved']/input")).click();
        browser.findElement(By.id("focusNote.problem_clarification")).sendKeys("asked about duplicates first");
        browser.findElement(By.xpath("//fieldset[@id='focus.communication']//label[normalize-space()='Not observed']/input"))
                .click();
        HeadlessChromium.submit(browser, SUBMIT);

        String id = browser.findElement(By.id("evaluation-id")).getText();
        given().get("/api/v1/evaluations/" + id).then().statusCode(200)
                .body("focusChecks.theme", equalTo(List.of("problem_clarification", "communication")))
                .body("focusChecks[0].progress", equalTo("improved"))
                .body("focusChecks[0].note", equalTo("asked about duplicates first"))
                .body("focusChecks[1].progress", equalTo("not_observed"));
    }

    @Test
    void aCandidateWithoutAPlanHasNothingToCheckAndTheFormStillSubmits() {
        browser.get(form.toString());
        fillTheRequiredFields("cand-no-plan");
        HeadlessChromium.submit(browser, By.id("show-focus-areas"));

        assertThat(browser.findElement(By.id("focus-areas-none")).getText())
                .isEqualTo("cand-no-plan has no focus areas yet: there is nothing to check in this session.");
        assertThat(browser.findElements(By.cssSelector("fieldset.focus-area"))).isEmpty();
        HeadlessChromium.submit(browser, SUBMIT);
        assertThat(browser.findElement(By.id("evaluation-id")).getText()).matches("[0-9a-f-]{36}");
    }

    private void fillTheRequiredFields(String candidateId) {
        browser.findElement(By.id("candidateId")).sendKeys(candidateId);
        browser.findElement(By.id("candidateEmail")).sendKeys("ada@example.com");
        browser.findElement(By.id("interviewerId")).sendKeys("p-anna");
        // A date input takes the keys of its locale's format; set the value the way a picker would.
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("document.getElementById('sessionDate').value = '2026-03-02'");
        browser.findElement(By.cssSelector("#interviewType option[value='coding']")).click();
        browser.findElement(By.cssSelector("input[name='recommendation'][value='leaning_yes']")).click();
    }

    private static void screenshot(String name) {
        HeadlessChromium.screenshot(browser, name);
    }
}
