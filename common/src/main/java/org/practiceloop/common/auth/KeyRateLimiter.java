package org.practiceloop.common.auth;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A token bucket per API key, in this replica's memory: {@code burst} requests at once, then
 * {@code perSecond}. Small enough to write here; MicroProfile Fault Tolerance's rate limit is
 * per method, not per caller (and its Quarkus extension does not resolve for this platform).
 */
@ApplicationScoped
public class KeyRateLimiter {

    private final double perSecond;
    private final int burst;
    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    KeyRateLimiter(AuthConfig config) {
        this.perSecond = config.rateLimit().perSecond();
        this.burst = config.rateLimit().burst();
    }

    /** Empty when the request may go; otherwise the seconds until it may be retried. */
    public OptionalLong acquire(String keyId) {
        return buckets.computeIfAbsent(keyId, k -> new Bucket(burst, System.nanoTime())).take(perSecond, burst);
    }

    private static final class Bucket {

        private double tokens;
        private long refilledAt;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.refilledAt = now;
        }

        synchronized OptionalLong take(double perSecond, int burst) {
            long now = System.nanoTime();
            tokens = Math.min(burst, tokens + (now - refilledAt) / 1e9 * perSecond);
            refilledAt = now;
            if (tokens >= 1) {
                tokens -= 1;
                return OptionalLong.empty();
            }
            return OptionalLong.of((long) Math.ceil((1 - tokens) / perSecond));
        }
    }
}
