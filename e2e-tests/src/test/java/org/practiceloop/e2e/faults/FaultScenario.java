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
