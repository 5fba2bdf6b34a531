package org.practiceloop.notification;

import static io.restassured.RestAssured.given;

import java.util.Arrays;

/** A counter as Prometheus scrapes it from {@code /q/metrics}: the names the alert rules use. */
public final class ScrapedMetrics {

    private ScrapedMetrics() {
    }

    /**
     * The value of {@code name} in the series carrying {@code label} (e.g. {@code outcome="retry"}),
     * or of the series without labels when {@code label} is empty; 0 before it exists.
     */
    public static double value(String name, String label) {
        String scrape = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return Arrays.stream(scrape.split("\n"))
                .filter(line -> line.startsWith(name + " ") && label.isEmpty()
                        || line.startsWith(name + "{") && line.substring(0, line.indexOf('}')).contains(label))
                .map(ScrapedMetrics::withoutExemplar)
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    /** With tracing on, a counter's line ends with an exemplar ({@code # {trace_id=...} 1.0 <timestamp>}). */
    private static String withoutExemplar(String line) {
        int exemplar = line.indexOf(" # ");
        return exemplar < 0 ? line : line.substring(0, exemplar);
    }
}
