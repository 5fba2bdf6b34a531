package org.practiceloop.analysis;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.practiceloop.analysis.service.PlanPageService;
import org.practiceloop.devinfra.HeadlessChromium;

/** The candidate corrects quotes on the plan page in real headless Chromium: plain form posts, no script. */
@QuarkusTest
class PlanCorrectionBrowserTest {

    /** Distinctive, so the exemplars this test makes are close to no other test's text. */
    private static final String OTHER_AREA_QUOTE = "When the zither queue stalled you never asked which latency its callers could accept.";

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
    void aQuoteMarkedNotActionableLeavesThePlanAndANewVersionIsListed() {
        String candidate = "cand-" + UUID.randomUUID();
        ObjectNode event = ContractEvents.evaluationFor(candidate);
        ((ObjectNode) event.get("data")).put("improvements",
                "- " + LabelCorrectionTest.QUOTE + "\n- " + OTHER_AREA_QUOTE);
        Pipeline.submitAndAwaitAnalysis(kafka, List.of(event));
        JsonPath first = Pipeline.awaitPlanVersion(candidate, 1);
        String notActionable = LabelCorrectionTest.itemIdOf(first, LabelCorrectionTest.QUOTE);
        String otherArea = LabelCorrectionTest.itemIdOf(first, OTHER_AREA_QUOTE);
        assertThat(List.of(notActionable, otherArea)).as("both quotes are evidence").doesNotContainNull();
        String link = plans.link("default", candidate);
        browser.get(root.toString().replaceAll("/$", "") + link.substring(link.indexOf("/plan")));
        try {
            WebElement form = correctionOf(LabelCorrectionTest.QUOTE);
            form.findElement(By.tagName("summary")).click();
            HeadlessChromium.screenshot(browser, "plan-page-correction");
            HeadlessChromium.submit(browser, By.xpath(quotePath(LabelCorrectionTest.QUOTE)
                    + "/following-sibling::details[1]//button[.='This is not something I can act on']"));

            assertThat(browser.findElement(By.cssSelector("p.meta")).getText()).startsWith("Version 2");
            assertThat(browser.getPageSource()).as("the plan re-rendered without the item")
                    .doesNotContain("kazoo ledger");
            assertThat(browser.findElements(By.cssSelector("section[aria-labelledby=versions-heading] li")))
                    .extracting(WebElement::getText).hasSize(2).anyMatch(v -> v.startsWith("Version 1"));

            String themeBefore = first.getString("focusAreas.find { it.evidence.any { e -> e.itemId == '" + otherArea
                    + "' } }.theme");
            correctionOf(OTHER_AREA_QUOTE).findElement(By.tagName("summary")).click();
            browser.findElement(By.cssSelector("#area-" + otherArea + " option[value=communication]")).click();
            HeadlessChromium.submit(browser, By.xpath(quotePath(OTHER_AREA_QUOTE)
                    + "/following-sibling::details[1]//button[.='Move it there']"));
            assertThat(browser.findElement(By.cssSelector("p.meta")).getText()).startsWith("Version 3");
            assertThat(browser.findElements(By.cssSelector("#theme-" + themeBefore + " blockquote")))
                    .extracting(WebElement::getText).noneMatch(q -> q.contains("zither"));
            given().get("/api/v1/candidates/" + candidate + "/corrections").then()
                    .body("corrections.correctedBy", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.equalTo("candidate")))
                    .body("corrections.after.theme", org.hamcrest.Matchers.hasItem("communication"));
        } finally {
            // The organisation's exemplars outlive this test otherwise.
            given().delete("/api/v1/items/" + notActionable + "/label");
            given().delete("/api/v1/items/" + otherArea + "/label");
        }
    }

    @Test
    void anotherCandidatesItemOrAnUnknownCorrectionIsRefused() {
        String candidate = "cand-" + UUID.randomUUID();
        Pipeline.submitAndAwaitAnalysis(kafka, List.of(ContractEvents.evaluationFor(candidate)));
        String item = LabelCorrectionTest.itemIdOf(Pipeline.awaitPlanVersion(candidate, 1),
                "Clarify the requirements before coding");
        String someoneElse = plans.link("default", "cand-" + UUID.randomUUID());
        String token = someoneElse.substring(someoneElse.indexOf("token=") + 6);
        given().contentType(ContentType.URLENC).formParam("item", item).formParam("correction", "not_actionable")
                .post("/plan/corrections?token=" + token).then().statusCode(400)
                .body(containsString("That quote is not in your current plan"));
        String own = plans.link("default", candidate);
        String ownToken = own.substring(own.indexOf("token=") + 6);
        given().contentType(ContentType.URLENC).formParam("item", item).formParam("correction", "other_area")
                .formParam("theme", "juggling").post("/plan/corrections?token=" + ownToken).then().statusCode(400);
        given().contentType(ContentType.URLENC).formParam("item", item).formParam("correction", "not_actionable")
                .post("/plan/corrections?token=x").then().statusCode(400).body(containsString("This link does not work"));
        Pipeline.awaitPlanVersion(candidate, 1);
    }

    private static String quotePath(String quote) {
        return "//blockquote[contains(., '" + quote.substring(0, 30) + "')]";
    }

    private static WebElement correctionOf(String quote) {
        return browser.findElement(By.xpath(quotePath(quote) + "/following-sibling::details[1]"));
    }
}
