package org.practiceloop.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.practiceloop.analysis.service.PlanPageService;
import org.practiceloop.devinfra.HeadlessChromium;

/** The plan page in real headless Chromium, phone-sized, opened through the signed link an email carries. */
@QuarkusTest
class PlanPageBrowserTest {

    private static WebDriver browser;

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Inject
    PlanPageService plans;

    @TestHTTPResource("/")
    URL root;

    @BeforeAll
    static void startChromium() {
        browser = HeadlessChromium.start(390, 1400);
    }

    @AfterAll
    static void stopChromium() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aCandidateSeesTheChartTicksADrillAndFindsItKeptAfterAReload() {
        String candidate = "cand-" + UUID.randomUUID();
        Pipeline.submit(kafka, ContractEvents.evaluationFor(candidate));
        Pipeline.awaitPlanVersion(candidate, 1);
        Pipeline.submit(kafka, Pipeline.secondSessionFor(candidate));
        Pipeline.awaitPlanVersion(candidate, 2);
        String link = plans.link("default", candidate);
        browser.get(root.toString().replaceAll("/$", "") + link.substring(link.indexOf("/plan")));

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Ada Byron, your action plan");
        HeadlessChromium.screenshot(browser, "plan-page-top");
        assertThat(browser.findElements(By.cssSelector("section.focus-area h2")))
                .extracting(WebElement::getText).contains("1. Clarifying the problem");
        WebElement chart = browser.findElement(By.cssSelector("#theme-problem_clarification svg.theme-chart"));
        long viewport = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.clientWidth");
        long pageWidth = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth");
        assertThat(chart.getSize().getWidth()).as("the chart fits a narrow screen").isBetween(200, (int) viewport);
        assertThat(pageWidth).as("nothing scrolls sideways").isLessThanOrEqualTo(viewport);
        assertThat(chart.findElements(By.cssSelector("rect.mentions"))).hasSize(2);

        HeadlessChromium.submit(browser, By.cssSelector("#problem_clarification-1 button"));
        assertThat(browser.findElement(By.cssSelector("#problem_clarification-1")).getText()).contains("Done ✓");
        browser.navigate().refresh();
        assertThat(browser.findElement(By.cssSelector("#problem_clarification-1")).getAttribute("class"))
                .isEqualTo("done");
        assertThat(browser.findElement(By.cssSelector("label[for=drill-progress]")).getText())
                .startsWith("You have done 1 of");
        HeadlessChromium.screenshot(browser, "plan-page");

        browser.get(browser.getCurrentUrl().replaceFirst("token=.", "token=x"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("This link does not work");
        HeadlessChromium.screenshot(browser, "plan-page-tampered-link");
    }
}
