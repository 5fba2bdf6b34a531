package org.practiceloop.e2e.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.practiceloop.e2e.TestSystem;

/**
 * Sustained submissions at rising rates, a new candidate per evaluation (so each plan is a
 * first version, emailed at once), until latency breaks; per step the API's latency, the
 * end-to-end latency to the stored plan and to the sent email, and each process's CPU and RSS.
 * Beside it, pgbench runs the submission's SQL transaction on the same PostgreSQL.
 */
final class LoadRamp {

    /** Past this API p99, or below 90 % of the offered rate acknowledged, a step is not sustainable. */
    static final long P99_LIMIT_MILLIS = 1_000;
    /** Past this p99 from submission to sent email, the pipeline is falling behind the offered rate. */
    static final long END_TO_END_P99_LIMIT_MILLIS = 5_000;

    private final FaultHarness harness;
    private final Backlog backlog;

    LoadRamp(FaultHarness harness, Backlog backlog) {
        this.harness = harness;
        this.backlog = backlog;
    }

    String run(List<Integer> rates, Duration step) throws Exception {
        StringBuilder table = new StringBuilder("| offered/s | acknowledged/s | submit → acknowledged p50 / p95 / p99 (ms) | submit → plan stored "
                + "p50 / p95 / p99 (ms) | submit → email sent p50 / p95 / p99 (ms) | drained after the step | CPU % of one core "
                + "| memory (PSS) MiB |\n|---|---|---|---|---|---|---|---|\n");
        Integer sustainable = null;
        // Warm-up, not reported: right after start-up the JIT and the consumers' first joins dominate.
        Workload warmUp = Workload.start(harness::routedFeedbackUrl, "warmup-" + UUID.randomUUID().toString().substring(0, 6),
                (int) (rates.get(0) * step.toSeconds() * 1.2), rates.get(0));
        Thread.sleep(step.toMillis());
        warmUp.stop();
        backlog.awaitDrained(PipelineFaultsIT.DRAIN_LIMIT);
        for (int rate : rates) {
            String run = "load" + rate + "-" + UUID.randomUUID().toString().substring(0, 6);
            // More candidates than submissions: each gets one evaluation, so each plan is a first version.
            int candidates = (int) (rate * step.toSeconds() * 1.2);
            Map<String, long[]> before = ProcessStats.sample(processes());
            Instant started = Instant.now();
            Workload workload = Workload.start(harness::routedFeedbackUrl, run, candidates, rate);
            Thread.sleep(step.toMillis());
            List<Workload.Response> responses = workload.stop();
            Duration offered = Duration.between(started, Instant.now());
            Map<String, long[]> after = ProcessStats.sample(processes());
            Duration drained = backlog.awaitDrained(PipelineFaultsIT.DRAIN_LIMIT);
            List<Workload.Response> acknowledged = responses.stream().filter(r -> r.status() == 201).toList();
            List<Long> api = acknowledged.stream().map(Workload.Response::latencyMillis).sorted().toList();
            Map<String, Instant> submitted = new HashMap<>();
            acknowledged.forEach(r -> submitted.put(r.candidateId(), r.dueAt()));
            List<Long> toPlan = sinceSubmitted(submitted, FaultHarness.ANALYSIS_DB,
                    "select candidate_id, created_at from action_plan_version where version = 1 and candidate_id = any(?)");
            List<Long> toEmail = sinceSubmitted(submitted, FaultHarness.NOTIFICATION_DB,
                    "select candidate_id, sent_at from plan_email where plan_version = 1 and sent_at is not null "
                            + "and candidate_id = any(?)");
            double ackRate = acknowledged.size() / (offered.toMillis() / 1000.0);
            boolean holds = ackRate >= 0.9 * rate && Report.percentile(api, 99) <= P99_LIMIT_MILLIS && drained != null
                    && toEmail.size() == submitted.size() && Report.percentile(toEmail, 99) <= END_TO_END_P99_LIMIT_MILLIS;
            table.append("| ").append(rate).append(" | ").append(String.format("%.1f", ackRate)).append(" | ")
                    .append(percentiles(api)).append(" | ").append(percentiles(toPlan)).append(" | ")
                    .append(percentiles(toEmail)).append(toEmail.size() < submitted.size()
                            ? " (" + toEmail.size() + " of " + submitted.size() + " sent)" : "")
                    .append(" | ").append(drained == null ? "not within " + PipelineFaultsIT.DRAIN_LIMIT.toSeconds() + " s"
                            : drained.toSeconds() + " s")
                    .append(" | ").append(ProcessStats.cpu(before, after, offered)).append(" | ")
                    .append(ProcessStats.memory(after)).append(" |\n");
            if (!holds) {
                break;
            }
            sustainable = rate;
        }
        return "After a warm-up step at " + rates.get(0) + "/s (not shown), each step " + step.toSeconds()
                + " s, a new candidate per evaluation; latencies from the moment a "
                + "submission was due (so a client-side queue counts), plans and emails from their rows' timestamps. A step "
                + "is sustainable when at least 90 % of the offered rate was acknowledged, the API p99 stayed under "
                + P99_LIMIT_MILLIS + " ms, every plan was emailed, the p99 from submission to sent email stayed under "
                + END_TO_END_P99_LIMIT_MILLIS + " ms (beyond it the pipeline falls behind the offered rate) and the backlog "
                + "drained; the ramp stops at the first step that is not.\n\n" + table + "\n**Highest sustainable rate: "
                + (sustainable == null ? "none of the steps" : sustainable + " evaluations/s") + "**\n\n" + pgbench() + "\n";
    }

    private Map<String, List<Long>> processes() {
        Map<String, List<Long>> pids = new LinkedHashMap<>();
        harness.processes().forEach((name, process) -> pids.put(name, List.of(process.pid())));
        pids.put("postgresql", ProcessStats.pidsNamed("postgres"));
        pids.put("load generator (harness JVM)", List.of(ProcessHandle.current().pid()));
        return pids;
    }

    private List<Long> sinceSubmitted(Map<String, Instant> submitted, String database, String sql) throws SQLException {
        List<Long> latencies = new ArrayList<>();
        try (Connection connection = harness.connect(database);
                PreparedStatement query = connection.prepareStatement(sql)) {
            query.setArray(1, connection.createArrayOf("text", submitted.keySet().toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Timestamp at = rows.getTimestamp(2);
                    latencies.add(Duration.between(submitted.get(rows.getString(1)), at.toInstant()).toMillis());
                }
            }
        }
        return latencies.stream().sorted().toList();
    }

    private static String percentiles(List<Long> sorted) {
        return sorted.isEmpty() ? "–" : Report.percentile(sorted, 50) + " / " + Report.percentile(sorted, 95) + " / "
                + Report.percentile(sorted, 99);
    }

    /** pgbench, 16 clients for 20 s, running benchmarks/feedback-ingest.sql in a copy of feedback's schema. */
    private String pgbench() throws IOException, InterruptedException {
        var postgres = harness.postgres();
        String scratch = "faults_pgbench";
        Map<String, String> env = Map.of("PGHOST", postgres.host(), "PGPORT", String.valueOf(postgres.port()),
                "PGUSER", postgres.user(), "PGPASSWORD", postgres.password());
        try {
            shell(env, "dropdb --if-exists " + scratch + " && createdb " + scratch + " && pg_dump --schema-only "
                    + FaultHarness.FEEDBACK_DB + " | psql -q -v ON_ERROR_STOP=1 " + scratch + " >/dev/null");
            String output = shell(env, "pgbench -n -c 16 -j 2 -T 20 -f '" + TestSystem.ROOT.resolve("benchmarks/feedback-ingest.sql")
                    + "' " + scratch + " 2>&1 | grep -E '^(tps|latency average)'");
            return "pgbench beside it, the submission's SQL transaction (`benchmarks/feedback-ingest.sql`), 16 clients, "
                    + "20 s, while the services idle:\n\n```\n" + output.trim() + "\n```\n";
        } catch (IllegalStateException e) {
            return "pgbench not run: " + e.getMessage() + "\n";
        }
    }

    private static String shell(Map<String, String> env, String command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("bash", "-o", "pipefail", "-c", command).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException("`" + command.split(" ")[0] + "` failed: " + output.trim());
        }
        return output;
    }

    /** CPU time and memory of processes, from /proc (Linux). */
    static final class ProcessStats {

        private static final double TICKS_PER_SECOND = 100.0;

        private ProcessStats() {
        }

        /**
         * Per name: [CPU ticks (user + system), proportional set size in KiB], summed over its
         * processes; PSS shares memory among the processes that map it, so PostgreSQL's shared
         * buffers count once, not once per backend.
         */
        static Map<String, long[]> sample(Map<String, List<Long>> processes) {
            Map<String, long[]> sample = new LinkedHashMap<>();
            processes.forEach((name, pids) -> {
                long ticks = 0;
                long pss = 0;
                for (long pid : pids) {
                    try {
                        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
                        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                        try (Stream<String> status = Files.lines(Path.of("/proc/" + pid + "/smaps_rollup"))) {
                            pss += status.filter(l -> l.startsWith("Pss:")).findFirst()
                                    .map(l -> Long.parseLong(l.replaceAll("\\D", ""))).orElse(0L);
                        }
                    } catch (IOException | RuntimeException gone) {
                        // A process that exited between listing and reading counts as nothing.
                    }
                }
                sample.put(name, new long[] {ticks, pss});
            });
            return sample;
        }

        static List<Long> pidsNamed(String command) {
            try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
                return entries.filter(p -> p.getFileName().toString().matches("\\d+")).filter(p -> {
                    try {
                        return Files.readString(p.resolve("comm")).trim().equals(command);
                    } catch (IOException gone) {
                        return false;
                    }
                }).map(p -> Long.parseLong(p.getFileName().toString())).toList();
            } catch (IOException e) {
                return List.of();
            }
        }

        static String cpu(Map<String, long[]> before, Map<String, long[]> after, Duration wall) {
            List<String> parts = new ArrayList<>();
            after.forEach((name, value) -> {
                long ticks = value[0] - before.getOrDefault(name, new long[] {value[0], 0})[0];
                parts.add(name + " " + Math.round(100 * ticks / TICKS_PER_SECOND / (wall.toMillis() / 1000.0)));
            });
            return String.join(", ", parts);
        }

        static String memory(Map<String, long[]> sample) {
            List<String> parts = new ArrayList<>();
            sample.forEach((name, value) -> parts.add(name + " " + value[1] / 1024));
            return String.join(", ", parts);
        }
    }
}
