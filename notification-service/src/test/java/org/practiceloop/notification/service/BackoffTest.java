package org.practiceloop.notification.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The retry schedule of emails and webhooks: no Quarkus, seconds to run. */
class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(30), Duration.ofHours(1));

    @Test
    void theDelayDoublesAfterEachFailureFromTheFirst() {
        assertThat(backoff.after(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(backoff.after(2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(backoff.after(4)).isEqualTo(Duration.ofSeconds(240));
    }

    @Test
    void theDelayIsCappedAndNeverOverflows() {
        assertThat(backoff.after(8)).isEqualTo(Duration.ofHours(1));
        assertThat(backoff.after(1_000)).isEqualTo(Duration.ofHours(1));
        assertThat(backoff.after(0)).as("no failure yet: the first delay").isEqualTo(Duration.ofSeconds(30));
    }
}
