package org.practiceloop.e2e.faults;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

/**
 * One fault, injected while evaluations keep arriving, and then taken away; {@code effect} says
 * how the run shows that the fault really hit (so that a fault that did nothing cannot pass).
 */
record FaultScenario(String name, String fault, Injection injection, Effect effect) {

    /** Evidence of the fault in the peak backlog seen during the run or in the answers. */
    record Effect(String what, BiPredicate<Map<String, Long>, List<Workload.Response>> seen) {

        static Effect backlog(String key, long atLeast) {
            return new Effect("peak " + key + " >= " + atLeast,
                    (peaks, responses) -> peaks.getOrDefault(key, 0L) >= atLeast);
        }
    }

    @FunctionalInterface
    interface Injection {
        /** Injects the fault and recovers from it; returns when the database was down, if it was. */
        List<Invariants.Window> apply(FaultHarness harness) throws Exception;
    }

    static FaultScenario brokerKilled(Duration down) {
        return new FaultScenario("broker-killed", "Kafka broker SIGKILLed, restarted after " + down.toSeconds() + " s",
                harness -> {
                    harness.broker().kill();
                    Thread.sleep(down.toMillis());
                    harness.broker().startAgain();
                    return List.of();
                }, Effect.backlog("outbox feedback-service", 10));
    }

    static FaultScenario brokerFrozen(Duration frozen) {
        return new FaultScenario("broker-frozen", "all traffic to the broker stalled by a TCP proxy for "
                + frozen.toSeconds() + " s", harness -> {
                    harness.freezeBroker();
                    Thread.sleep(frozen.toMillis());
                    harness.unfreezeBroker();
                    return List.of();
                }, Effect.backlog("outbox feedback-service", 10));
    }

    static FaultScenario serviceKilled(String service) {
        return new FaultScenario(service.replace("-service", "") + "-killed",
                service + " SIGKILLed mid-stream, restarted at once", harness -> {
                    harness.killAndRestart(service, Duration.ZERO);
                    return List.of();
                }, Effect.backlog("lag " + service, 10));
    }

    /**
     * Every instance of every service stopped with SIGTERM and started again, one at a time, each
     * ready before the next goes, as a Kubernetes rollout does; the effect: all of them exited
     * within the grace period.
     */
    static FaultScenario rollingRestart(List<String> services) {
        List<String> graceful = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.concurrent.atomic.AtomicInteger restarted = new java.util.concurrent.atomic.AtomicInteger();
        return new FaultScenario("rolling-restart", "every instance of every service SIGTERMed and restarted, one "
                + "at a time, each ready before the next", harness -> {
                    for (String service : services) {
                        for (int instance = 0; instance < harness.instances(service); instance++) {
                            if (harness.terminateAndRestart(service, instance)) {
                                graceful.add(service + "#" + (instance + 1));
                            }
                            restarted.incrementAndGet();
                        }
                    }
                    return List.of();
                }, new Effect("every instance restarted, each exiting by itself within the grace period",
                        (peaks, responses) -> restarted.get() > 0 && graceful.size() == restarted.get()));
    }

    /** One of three brokers SIGKILLed (its partitions' leaders move to the others), restarted after {@code down}. */
    static FaultScenario clusterBrokerKilled(Duration down) {
        return new FaultScenario("cluster-broker-killed", "one of three brokers SIGKILLed, restarted after "
                + down.toSeconds() + " s", harness -> {
                    org.practiceloop.e2e.BrokerProcess broker = harness.brokers().get(1);
                    broker.kill();
                    Thread.sleep(down.toMillis());
                    // Not awaited: it lists its partitions' copies short until it has caught up,
                    // and the drain waits for that.
                    broker.startProcess();
                    return List.of();
                }, Effect.backlog("partitions short of a copy", 1));
    }

    /** A third analysis-service instance joins its consumer group mid-stream: the group rebalances. */
    static FaultScenario analysisJoins() {
        java.util.concurrent.atomic.AtomicReference<Map<String, Integer>> ready = new java.util.concurrent.atomic.AtomicReference<>(Map.of());
        return new FaultScenario("analysis-joins", "a third analysis-service instance started mid-stream", harness -> {
            harness.addInstance("analysis-service");
            ready.set(harness.readiness());
            return List.of();
        }, new Effect("three analysis instances ready at once, each holding partitions (their readiness requires it)",
                (peaks, responses) -> ready.get().entrySet().stream()
                        .filter(e -> e.getKey().startsWith("analysis-service") && e.getValue() == 200).count() == 3));
    }

    /**
     * SMTP server stopped and the webhook receiver answering 503 for {@code down}, so that due
     * emails and webhook posts pile up; then both back, and every notification-service instance's
     * dispatchers race for the same due rows.
     */
    static FaultScenario notificationRace(Duration down) {
        List<String> counters = List.of("practiceloop_emails_sent_total", "practiceloop_webhooks_delivered_total");
        java.util.concurrent.atomic.AtomicReference<FaultHarness> hit = new java.util.concurrent.atomic.AtomicReference<>();
        Map<String, Double> before = new java.util.concurrent.ConcurrentHashMap<>();
        return new FaultScenario("notification-race", "SMTP down and the webhook endpoint answering 503 for "
                + down.toSeconds() + " s, then both back: two notification-service instances race for the due rows",
                harness -> {
                    hit.set(harness);
                    before.putAll(harness.counters("notification-service", counters));
                    harness.stopSmtp();
                    harness.webhooks().down(true);
                    Thread.sleep(down.toMillis());
                    harness.startSmtp();
                    harness.webhooks().down(false);
                    return List.of();
                }, new Effect("peak emails to send >= 5 and webhooks to send >= 5; every notification instance "
                        + "sent emails and delivered webhooks during the scenario (its counters rose)",
                        (peaks, responses) -> peaks.getOrDefault("emails to send", 0L) >= 5
                                && peaks.getOrDefault("webhooks to send", 0L) >= 5
                                && hit.get().counters("notification-service", counters).entrySet().stream()
                                        .allMatch(e -> e.getValue() > before.getOrDefault(e.getKey(), 0.0))));
    }

    static FaultScenario postgresStopped(Duration down) {
        return new FaultScenario("postgres-stopped", "PostgreSQL stopped in immediate mode, started after "
                + down.toSeconds() + " s", harness -> {
                    Instant stopped = Instant.now();
                    harness.postgres("stop", "-m", "immediate");
                    Thread.sleep(down.toMillis());
                    harness.postgres("start");
                    // Pools notice the server is back on their next attempt: allow a few seconds.
                    return List.of(new Invariants.Window(stopped, Instant.now().plusSeconds(15)));
                }, new Effect("503 answers while the database was down",
                        (peaks, responses) -> responses.stream().anyMatch(r -> r.status() == 503)));
    }

    static FaultScenario smtpDown(Duration down) {
        return new FaultScenario("smtp-down", "SMTP server stopped for " + down.toSeconds() + " s", harness -> {
            harness.stopSmtp();
            Thread.sleep(down.toMillis());
            harness.startSmtp();
            return List.of();
        }, Effect.backlog("emails to send", 5));
    }
}
