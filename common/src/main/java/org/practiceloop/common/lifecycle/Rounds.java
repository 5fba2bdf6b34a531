package org.practiceloop.common.lifecycle;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * Rounds of background work that has effects outside the database (an outbox relay's batch, a
 * dispatcher's sends) and must record them before the process stops: once {@link #finish} is
 * called no round starts, and it waits for those under way. A round cut short by the shutdown
 * (the datasource closed under it) leaves work claimed but unrecorded, which another instance
 * repeats once its lease passes: a webhook or an event sent twice.
 */
public final class Rounds {

    /**
     * How long a shutdown waits for rounds under way: after the 5 s shutdown delay and up to 10 s
     * for requests in flight (quarkus.shutdown.*, docs/operators.md), still inside Kubernetes'
     * default 30 s grace period.
     */
    public static final Duration SHUTDOWN_LIMIT = Duration.ofSeconds(12);

    private int running;
    private boolean stopping;

    /** Runs one round unless a shutdown has begun; returns {@code whenStopped} then. */
    public <T> T run(Supplier<T> round, T whenStopped) {
        synchronized (this) {
            if (stopping) {
                return whenStopped;
            }
            running++;
        }
        try {
            return round.get();
        } finally {
            synchronized (this) {
                running--;
                notifyAll();
            }
        }
    }

    /** No round starts from now on; waits at most {@code limit} for those under way. Whether they all ended. */
    public synchronized boolean finish(Duration limit) throws InterruptedException {
        stopping = true;
        long deadline = System.nanoTime() + limit.toNanos();
        while (running > 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }
}
