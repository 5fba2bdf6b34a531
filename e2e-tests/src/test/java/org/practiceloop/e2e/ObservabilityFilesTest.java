package org.practiceloop.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * deploy/observability parses as Prometheus and Grafana read it, every alert says what it is
 * about, and the dashboard and rules only query metrics the services publish.
 */
class ObservabilityFilesTest {

    private static final Path DIR = TestSystem.ROOT.resolve("deploy/observability");
    /**
     * Metric families the services expose on /q/metrics (ours, Micrometer's HTTP and Kafka client
     * binders); EvaluationToEmailIT checks the running services really publish each.
     */
    static final Set<String> PUBLISHED = Set.of("outbox_pending", "kafka_consumer_fetch_manager_records_lag_max",
            "kafka_producer_record_send_total", "practiceloop_emails_failed_total", "practiceloop_webhooks_failed_total",
            "http_server_requests_seconds_count", "http_server_requests_seconds_bucket");
    private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
    private static final Set<String> PROMQL_WORDS = Set.of("by", "without", "on", "ignoring", "and", "or", "unless");

    @Test
    void everyAlertHasAnExpressionOfPublishedMetricsASeverityAndASummary() throws IOException {
        JsonNode rules = new YAMLMapper().readTree(DIR.resolve("alert-rules.yml").toFile());
        List<String> alerts = new ArrayList<>();
        for (JsonNode rule : rules.path("groups").get(0).path("rules")) {
            alerts.add(rule.path("alert").asText());
            assertThat(rule.path("labels").path("severity").asText()).as(rule.path("alert").asText())
                    .isIn("page", "ticket");
            assertThat(rule.path("annotations").path("summary").asText()).isNotBlank();
            assertThat(metricsIn(rule.path("expr").asText())).as(rule.path("alert").asText())
                    .isNotEmpty().isSubsetOf(PUBLISHED);
        }
        assertThat(alerts).containsExactlyInAnyOrder("OutboxBacklog", "ConsumerLag", "DeadLetters", "EmailsFailing",
                "EmailsGivenUp", "WebhookEndpointsFailing", "DatabaseOutage503s");
        JsonNode prometheus = new YAMLMapper().readTree(DIR.resolve("prometheus.yml").toFile());
        assertThat(prometheus.path("rule_files").get(0).asText()).endsWith("alert-rules.yml");
        assertThat(prometheus.findValuesAsText("metrics_path")).containsOnly("/q/metrics");
    }

    @Test
    void everyDashboardPanelQueriesPublishedMetricsFromTheProvisionedDatasource() throws IOException {
        JsonNode dashboard = new ObjectMapper().readTree(DIR.resolve("grafana/dashboards/practiceloop-operations.json").toFile());
        JsonNode datasource = new YAMLMapper().readTree(DIR.resolve("grafana/provisioning/datasources/prometheus.yml").toFile());
        String uid = datasource.path("datasources").get(0).path("uid").asText();
        assertThat(dashboard.path("panels")).hasSizeGreaterThanOrEqualTo(6);
        Set<String> queried = new TreeSet<>();
        for (JsonNode panel : dashboard.path("panels")) {
            for (JsonNode target : panel.path("targets")) {
                assertThat(target.path("datasource").path("uid").asText()).isEqualTo(uid);
                Set<String> metrics = metricsIn(target.path("expr").asText());
                assertThat(metrics).as(panel.path("title").asText()).isNotEmpty().isSubsetOf(PUBLISHED);
                queried.addAll(metrics);
            }
        }
        assertThat(queried).as("every alerted metric has a panel").containsAll(PUBLISHED);
    }

    @Test
    void theMetricParserFindsMetricsAndNotLabelsFunctionsOrRanges() {
        assertThat(metricsIn("sum by (service, le) (rate(x_total{status=\"503\", uri!~\"/q/.*\"}[5m])) > 0"))
                .containsExactly("x_total");
    }

    /** The metric names of a PromQL expression: identifiers that are not labels, functions or keywords. */
    static Set<String> metricsIn(String expr) {
        String bare = expr.replaceAll("\\{[^}]*}", "").replaceAll("\\[[^]]*]", "")
                .replaceAll("\\b(by|without)\\s*\\([^)]*\\)", "");
        Set<String> metrics = new TreeSet<>();
        Matcher matcher = IDENTIFIER.matcher(bare);
        while (matcher.find()) {
            String word = matcher.group();
            boolean function = bare.substring(matcher.end()).stripLeading().startsWith("(");
            if (!function && !PROMQL_WORDS.contains(word)) {
                metrics.add(word);
            }
        }
        return metrics;
    }
}
