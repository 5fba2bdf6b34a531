package org.practiceloop.e2e.faults;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** One fault, injected while evaluations keep arriving, and then taken away. */
record FaultScenario(String name, String fault, Injection injection) {

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
                });
    }

    static FaultScenario brokerFrozen(Duration frozen) {
        return new FaultScenario("broker-frozen", "all traffic to the broker stalled by a TCP proxy for "
                + frozen.toSeconds() + " s", harness -> {
                    harness.freezeBroker();
                    Thread.sleep(frozen.toMillis());
                    harness.unfreezeBroker();
                    return List.of();
                });
    }

    static FaultScenario serviceKilled(String service) {
        return new FaultScenario(service.replace("-service", "") + "-killed",
                service + " SIGKILLed mid-stream, restarted at once", harness -> {
                    harness.killAndRestart(service, Duration.ZERO);
                    return List.of();
                });
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
                });
    }

    static FaultScenario smtpDown(Duration down) {
        return new FaultScenario("smtp-down", "SMTP server stopped for " + down.toSeconds() + " s", harness -> {
            harness.stopSmtp();
            Thread.sleep(down.toMillis());
            harness.startSmtp();
            return List.of();
        });
    }
}
