package org.practiceloop.notification.service;

import java.time.Duration;

/** Exponential backoff: {@code first} after the first failed attempt, doubled after each further one, capped. */
record Backoff(Duration first, Duration max) {

    Duration after(int failedAttempts) {
        Duration delay = first.multipliedBy(1L << Math.min(Math.max(failedAttempts - 1, 0), 20));
        return delay.compareTo(max) > 0 ? max : delay;
    }
}
