package org.practiceloop.e2e.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The fault harness (issue #8): the packaged services on a real broker, PostgreSQL and SMTP
 * server; evaluations posted at a steady rate while one fault at a time is injected; then every
 * guarantee is checked from the databases and the mailbox. {@code -Dharness.mode=short} (the
 * default, part of {@code ./mvnw verify}) runs one scenario with a small load;
 * {@code benchmarks/pipeline-faults.sh full} runs them all; {@code cluster} runs issue #20's faults
 * on three brokers with two instances of each service; {@code cluster-short} one of them, briefly
 * ({@link ClusterFaultsIT}, part of {@code ./mvnw verify}).
 */
class PipelineFaultsIT {

    /** How long after a fault ends the backlog (lag, outboxes, emails) must be back to zero. */
    static final Duration DRAIN_LIMIT = Duration.ofSeconds(120);

    private record Settings(int candidates, double perSecond, Duration before, Duration after, Duration outage,
            int hostileRequests) {
    }

    @Test
    void everyGuaranteeHoldsThroughEachFault() throws Exception {
        runMode(System.getProperty("harness.mode", "short"));
    }

    /** Runs the scenarios of {@code mode} (short, full, cluster, cluster-short) and fails on any broken guarantee. */
    static void runMode(String mode) throws Exception {
        boolean full = mode.equals("full");
        boolean cluster = mode.startsWith("cluster");
        boolean measured = full || mode.equals("cluster");
        Settings settings = measured
                ? new Settings(20, 15, Duration.ofSeconds(15), Duration.ofSeconds(15), Duration.ofSeconds(45), 10_000)
                // Within ./mvnw verify's budget: long enough for the broker's death to show (partitions
                // short of a copy) and its restart to be caught up on, under load throughout.
                : mode.equals("cluster-short")
                        ? new Settings(16, 8, Duration.ofSeconds(6), Duration.ofSeconds(6), Duration.ofSeconds(10), 0)
                        : new Settings(16, 8, Duration.ofSeconds(10), Duration.ofSeconds(10), Duration.ofSeconds(30), 1_000);
        List<FaultScenario> scenarios = new ArrayList<>(switch (mode) {
            // Issue #20's faults, in its order.
            case "cluster" -> List.of(FaultScenario.serviceKilled("analysis-service"),
                    FaultScenario.rollingRestart(List.of("feedback-service", "analysis-service", "notification-service")),
                    FaultScenario.clusterBrokerKilled(Duration.ofSeconds(30)), FaultScenario.analysisJoins(),
                    FaultScenario.notificationRace(Duration.ofSeconds(20)));
            case "cluster-short" -> List.of(FaultScenario.clusterBrokerKilled(settings.outage()));
            default -> List.of(FaultScenario.brokerKilled(settings.outage()));
        });
        if (full) {
            scenarios.add(FaultScenario.serviceKilled("analysis-service"));
            scenarios.add(FaultScenario.serviceKilled("notification-service"));
            scenarios.add(FaultScenario.smtpDown(Duration.ofSeconds(30)));
            scenarios.add(FaultScenario.brokerFrozen(Duration.ofSeconds(30)));
            if (FaultHarness.postgresCluster() != null) {
                scenarios.add(FaultScenario.postgresStopped(Duration.ofSeconds(20)));
            }
        }
        // -Dharness.scenarios=broker-killed,hostile-input runs only those (to reproduce one).
        List<String> only = List.of(System.getProperty("harness.scenarios", "").split(",")).stream()
                .filter(name -> !name.isBlank()).toList();
        if (!only.isEmpty()) {
            scenarios.removeIf(scenario -> !only.contains(scenario.name()));
        }
        Report report = new Report(mode, (measured ? "benchmarks/pipeline-faults.sh " + mode
                : "./mvnw verify (e2e-tests, " + (cluster ? "ClusterFaultsIT" : "PipelineFaultsIT") + ")")
                + (only.isEmpty() ? "" : " -Dharness.scenarios=" + String.join(",", only)));
        String markdown;
        // cluster-short keeps two instances of each consumer, and one feedback-service: a JVM fewer to start.
        try (FaultHarness harness = new FaultHarness(cluster, !mode.equals("cluster-short"));
                Backlog backlog = new Backlog(harness)) {
            ConsumerReadiness readiness = harness.consumerReadiness();
            if (readiness != null) {
                report.add("consumer-readiness", "analysis-service's second instance started while a member of its "
                        + "consumer group stopped polling, then that member gone", readiness.checks(), readiness.details());
            }
            for (FaultScenario scenario : scenarios) {
                report.add(run(harness, backlog, scenario, settings));
            }
            if (!cluster && (only.isEmpty() || only.contains("hostile-input"))) {
                StringBuilder details = new StringBuilder();
                List<Invariants.Check> hostile = new HostileInput(harness).run(settings.hostileRequests(), details);
                report.add("hostile-input", settings.hostileRequests() + " generated malformed or hostile requests against "
                    + "every public endpoint; one hostile valid evaluation followed to the form, email and plan page",
                        hostile, details.toString());
            }
            if (full && (only.isEmpty() || only.contains("load"))) {
                report.add("load", "rising rates until latency breaks", List.of(),
                        new LoadRamp(harness, backlog).run(List.of(10, 20, 30, 40, 50, 60, 80, 120, 160), Duration.ofSeconds(20)));
            }
            if (full && FaultHarness.postgresCluster() == null) {
                report.skip("postgres-stopped", "no PostgreSQL cluster on this machine for pg_ctlcluster to stop");
            }
            markdown = report.markdown(harness);
        }
        Path file = report.write(markdown);
        System.out.println(markdown);
        assertThat(report.failures()).as("guarantees broken (report: " + file + ")").isEmpty();
    }

    private static Report.ScenarioResult run(FaultHarness harness, Backlog backlog, FaultScenario scenario,
            Settings settings) throws Exception {
        String run = scenario.name() + "-" + UUID.randomUUID().toString().substring(0, 6);
        System.out.printf("== %s: %s%n", scenario.name(), scenario.fault());
        List<Invariants.Window> databaseDown;
        List<Workload.Response> responses;
        Instant faultEnded;
        Workload workload = Workload.start(harness::routedFeedbackUrl, run, settings.candidates(), settings.perSecond());
        Map<String, Long> peaks = new ConcurrentHashMap<>();
        // Every 10th reading, to tell a backlog that shrinks too slowly from one that stopped shrinking.
        List<String> trace = java.util.Collections.synchronizedList(new ArrayList<>());
        Instant began = Instant.now();
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        java.util.concurrent.atomic.AtomicInteger readings = new java.util.concurrent.atomic.AtomicInteger();
        sampler.scheduleWithFixedDelay(() -> {
            Map<String, Long> reading = backlog.read();
            reading.forEach((key, value) -> {
                if (value != null) {
                    peaks.merge(key, value, Math::max);
                }
            });
            if (readings.getAndIncrement() % 10 == 0) {
                trace.add(Duration.between(began, Instant.now()).toSeconds() + " s " + new TreeMap<>(reading));
            }
        }, 0, 1, TimeUnit.SECONDS);
        Duration sinceFault;
        Duration drained;
        try {
            try {
                Thread.sleep(settings.before().toMillis());
                databaseDown = scenario.injection().apply(harness);
                faultEnded = Instant.now();
                Thread.sleep(settings.after().toMillis());
                responses = workload.stop();
            } finally {
                workload.close();
            }
            sinceFault = Duration.between(faultEnded, Instant.now());
            drained = backlog.awaitDrained(DRAIN_LIMIT.minus(sinceFault));
        } finally {
            sampler.shutdownNow();
        }
        // Until the first of the two zero readings, as the load ramp reports it.
        Duration drainedAfterFault = drained == null ? null : sinceFault.plus(drained);
        List<Invariants.Check> checks = new ArrayList<>(Invariants.check(harness, workload.candidates(), responses,
                databaseDown));
        checks.add(new Invariants.Check("backlog (consumer lag, outboxes, emails and webhooks to send, partitions short of a copy) at zero within "
                + DRAIN_LIMIT.toSeconds() + " s of the fault's end", drainedAfterFault != null,
                drainedAfterFault == null ? "still " + backlog.read() + "; the fault ended "
                        + Duration.between(began, faultEnded).toSeconds() + " s into the scenario, backlog every 10 s: "
                        + trace : "drained " + drainedAfterFault.toSeconds()
                        + " s after the fault ended (load went on for " + settings.after().toSeconds() + " s of it)"));
        checks.add(new Invariants.Check("the fault took effect: " + scenario.effect().what(),
                scenario.effect().seen().test(peaks, responses), "peak backlog during the run " + new TreeMap<>(peaks)));
        Map<String, Integer> liveness = harness.liveness();
        checks.add(new Invariants.Check("every service live afterwards (GET /q/health/live 200)",
                liveness.values().stream().allMatch(status -> status == 200), liveness.toString()));
        int submissions = (int) responses.stream().map(Workload.Response::marker).distinct().count();
        List<Workload.Response> acknowledged = responses.stream().filter(r -> r.status() == 201).toList();
        return new Report.ScenarioResult(scenario, submissions, acknowledged.size(),
                acknowledged.stream().map(Workload.Response::latencyMillis).toList(), drainedAfterFault, checks);
    }
}
