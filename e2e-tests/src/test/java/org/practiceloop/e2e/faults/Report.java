package org.practiceloop.e2e.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.practiceloop.e2e.TestSystem;

/** The results table: printed, and written as a dated markdown file under benchmarks/results/. */
final class Report {

    /** What one scenario did and which guarantees held. */
    record ScenarioResult(FaultScenario scenario, int submissions, int acknowledged, List<Long> ackLatencies,
            Duration drainedAfterFault, List<Invariants.Check> checks) {

        boolean passed() {
            return checks.stream().allMatch(Invariants.Check::passed);
        }
    }

    private final String mode;
    private final String command;
    private final LocalDateTime started = LocalDateTime.now();
    private final List<String> sections = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();
    private final StringBuilder summary = new StringBuilder();

    Report(String mode, String command) {
        this.mode = mode;
        this.command = command;
        summary.append("| scenario | fault | submissions | acknowledged | submit → acknowledged p50 / p99 (ms, retries included) | backlog drained after the fault | guarantees |\n")
                .append("|---|---|---|---|---|---|---|\n");
    }

    void add(ScenarioResult result) {
        List<Long> sorted = result.ackLatencies().stream().sorted().toList();
        summary.append("| ").append(result.scenario().name()).append(" | ").append(result.scenario().fault())
                .append(" | ").append(result.submissions()).append(" | ").append(result.acknowledged())
                .append(" | ").append(percentile(sorted, 50)).append(" / ").append(percentile(sorted, 99))
                .append(" | ").append(result.drainedAfterFault() == null ? "**not drained**"
                        : result.drainedAfterFault().toSeconds() + " s")
                .append(" | ").append(result.passed() ? "all held" : "**FAILED**").append(" |\n");
        sections.add(section(result.scenario().name(), result.checks()).toString());
    }

    /** A part of the run that is not a fault scenario (hostile input, load): its checks and what it measured. */
    void add(String name, String what, List<Invariants.Check> checks, String details) {
        boolean passed = checks.stream().allMatch(Invariants.Check::passed);
        summary.append("| ").append(name).append(" | ").append(what).append(" | | | | | ")
                .append(checks.isEmpty() ? "measured" : passed ? "all held" : "**FAILED**").append(" |\n");
        sections.add(section(name, checks).append('\n').append(details).toString());
    }

    /** The checks as a list under the part's heading; each broken one is also remembered as a failure. */
    private StringBuilder section(String name, List<Invariants.Check> checks) {
        StringBuilder section = new StringBuilder("### " + name + "\n\n");
        for (Invariants.Check check : checks) {
            section.append("- ").append(check.passed() ? "held" : "**FAILED**").append(": ").append(check.name())
                    .append(" (").append(check.detail()).append(")\n");
            if (!check.passed()) {
                failures.add(name + ": " + check.name() + " (" + check.detail() + ")");
            }
        }
        return section;
    }

    void skip(String scenario, String reason) {
        summary.append("| ").append(scenario).append(" | skipped: ").append(reason).append(" | | | | | |\n");
    }

    List<String> failures() {
        return failures;
    }

    String markdown(FaultHarness harness) {
        return "# Pipeline under faults: " + mode + " mode, " + started.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"))
                + "\n\nCommand: `" + command + "`\n\n" + machine(harness) + "\n## Results\n\n" + summary
                + "\n" + String.join("\n", sections);
    }

    Path write(String markdown) throws IOException {
        Path file = TestSystem.ROOT.resolve("benchmarks/results/"
                + started.format(DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm")) + "-pipeline-faults-" + mode + ".md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, markdown);
        return file;
    }

    private static String machine(FaultHarness harness) {
        String memory;
        try (Stream<String> lines = Files.lines(Path.of("/proc/meminfo"))) {
            memory = lines.filter(l -> l.startsWith("MemTotal")).findFirst().orElse("MemTotal: ?").replaceAll("\\s+", " ");
        } catch (IOException e) {
            memory = "memory unknown";
        }
        String postgres;
        try (Connection connection = harness.connect(FaultHarness.FEEDBACK_DB);
                ResultSet version = connection.createStatement().executeQuery("show server_version")) {
            version.next();
            postgres = version.getString(1);
        } catch (Exception e) {
            postgres = "unknown";
        }
        String kafka;
        try (Stream<Path> jars = Files.list(TestSystem.ROOT.resolve("deploy/local/target/kafka"))) {
            kafka = jars.map(p -> p.getFileName().toString()).filter(n -> n.matches("kafka_2\\.13-.*\\.jar"))
                    .findFirst().orElse("?").replace("kafka_2.13-", "").replace(".jar", "");
        } catch (IOException e) {
            kafka = "unknown";
        }
        return "Machine: " + Runtime.getRuntime().availableProcessors() + " cores, " + memory + "; Java "
                + System.getProperty("java.version") + "; PostgreSQL " + postgres + "; Kafka " + kafka
                + " (KRaft, " + harness.topology() + "); GreenMail SMTP. "
                + "Everything, the load generator included, on this one machine.\n";
    }

    static long percentile(List<Long> sorted, int percent) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }
}
