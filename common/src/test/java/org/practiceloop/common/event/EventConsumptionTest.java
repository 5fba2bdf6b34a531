package org.practiceloop.common.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class EventConsumptionTest {

    private static final Duration SHORT = Duration.ofMillis(1);

    @Test
    void aLimitedRetryGivesUpAfterItsLimit() {
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> EventConsumption.apply(failingTimes(attempts, 30), SHORT, SHORT, 25)
                .await().atMost(Duration.ofSeconds(30)))
                .isInstanceOf(IllegalStateException.class);
        assertThat(attempts).hasValue(26);
    }

    @Test
    void anUnlimitedRetryOutlastsMoreFailuresThanTheLimit() {
        AtomicInteger attempts = new AtomicInteger();

        EventConsumption.apply(failingTimes(attempts, 30), SHORT, SHORT, Long.MAX_VALUE)
                .await().atMost(Duration.ofSeconds(30));

        assertThat(attempts).hasValue(31);
    }

    private static Runnable failingTimes(AtomicInteger attempts, int failures) {
        return () -> {
            if (attempts.incrementAndGet() <= failures) {
                throw new IllegalStateException("database unavailable");
            }
        };
    }
}
