package org.practiceloop.devinfra;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Real headless Chromium for browser tests (Debian's {@code chromium} and {@code chromium-driver},
 * which {@code .ci/run} installs). Without them the calling test is skipped, saying why.
 */
public final class HeadlessChromium {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target/screenshots");

    private HeadlessChromium() {
    }

    /** A phone-sized window with {@code width} 390, or a desktop one; quit it when done. */
    public static WebDriver start(int width, int height) {
        Assumptions.assumeTrue(CHROMIUM.canExecute() && CHROMEDRIVER.canExecute(),
                "Browser tests skipped: install Debian's chromium and chromium-driver (.ci/run does)");
        try {
            ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM)
                    .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                            "--disable-component-update", "--disable-sync", "--no-first-run",
                            "--user-data-dir=" + Files.createTempDirectory("chromium-profile"),
                            "--window-size=" + width + "," + height);
            WebDriver browser = new ChromeDriver(
                    new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).build(), options);
            browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
            return browser;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Clicks what submits a form and returns once the page it loads has replaced this one.
     * Reading right after a plain click can catch the old page mid-navigation; the driver waits
     * for a navigation in progress, not for one about to start. A mark set on the old page's
     * window is gone once a new document has loaded. (Watching an old element go stale is not
     * enough: Chromium 156 reports some of those reads as an inspector error instead.)
     */
    public static void submit(WebDriver browser, By control) {
        JavascriptExecutor page = (JavascriptExecutor) browser;
        page.executeScript("window.practiceLoopOldPage = true");
        browser.findElement(control).click();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!Boolean.TRUE.equals(page.executeScript(
                "return window.practiceLoopOldPage !== true && document.readyState === 'complete'"))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("No new page 30 s after clicking " + control);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** Saves the page as {@code target/screenshots/<name>.png}, kept as a build artifact. */
    public static Path screenshot(WebDriver browser, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
            return Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
