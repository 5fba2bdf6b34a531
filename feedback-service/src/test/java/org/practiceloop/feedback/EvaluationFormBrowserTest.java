package org.practiceloop.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** The partner form in real headless Chromium (Debian's chromium and chromium-driver). */
@QuarkusTest
class EvaluationFormBrowserTest {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static WebDriver browser;

    @TestHTTPResource("/form")
    URL form;

    @BeforeAll
    static void startChromium() throws Exception {
        Assumptions.assumeTrue(CHROMIUM.canExecute() && CHROMEDRIVER.canExecute(),
                "Browser tests skipped: install Debian's chromium and chromium-driver (.ci/run does)");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM)
                .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run",
                        "--user-data-dir=" + Files.createTempDirectory("chromium-profile"), "--window-size=1000,1600");
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).build(), options);
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        Files.createDirectories(SCREENSHOTS);
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
        browser.findElement(By.cssSelector("button[type=submit]")).click();

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
        browser.findElement(By.cssSelector("button[type=submit]")).click();

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

    private static void screenshot(String name) throws Exception {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
