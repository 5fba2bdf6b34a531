package org.practiceloop.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.practiceloop.devinfra.HeadlessChromium;

/** The partner form in real headless Chromium (Debian's chromium and chromium-driver). */
@QuarkusTest
class EvaluationFormBrowserTest {

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
        fillTheRequiredFields();
        browser.findElement(By.cssSelector("input[name='score.communication'][value='2']")).click();
        browser.findElement(By.id("note.communication")).sendKeys("talked over me");
        browser.findElement(By.id("improvements")).sendKeys("- Clarify the requirements before coding");
        screenshot("form-filled");
        HeadlessChromium.submit(browser, By.cssSelector("button[type=submit]"));

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Thank you, your evaluation was received");
        assertThat(browser.findElement(By.id("evaluation-id")).getText()).matches("[0-9a-f-]{36}");
        screenshot("form-confirmation");
    }

    @Test
    void aBadFieldShowsItsMessageNextToItAndKeepsWhatWasTyped() throws Exception {
        browser.get(form.toString());
        fillTheRequiredFields();
        browser.findElement(By.id("candidateEmail")).clear();
        browser.findElement(By.id("candidateEmail")).sendKeys("ada-at-example");
        HeadlessChromium.submit(browser, By.cssSelector("button[type=submit]"));

        assertThat(browser.findElement(By.id("candidateEmail-error")).getText())
                .isEqualTo("must be a well-formed email address");
        assertThat(browser.findElement(By.id("candidateEmail")).getAttribute("aria-describedby"))
                .isEqualTo("candidateEmail-error");
        assertThat(browser.findElement(By.id("candidateId")).getAttribute("value")).isEqualTo("cand-browser");
        assertThat(browser.findElement(By.id("error-summary")).getText())
                .contains("Candidate email: must be a well-formed email address");
        screenshot("form-invalid-email");
    }

    private void fillTheRequiredFields() {
        browser.findElement(By.id("candidateId")).sendKeys("cand-browser");
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
