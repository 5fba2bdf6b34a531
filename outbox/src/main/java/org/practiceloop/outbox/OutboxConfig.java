package org.practiceloop.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "practiceloop.outbox")
public interface OutboxConfig {

    /** Events published per transaction. */
    @WithDefault("200")
    int batchSize();

    /** How long the relay waits for the broker's acknowledgements of one batch. */
    @WithDefault("40s")
    Duration ackTimeout();

    /**
     * How long published events stay in the table (for tracing a delivery) before they are
     * deleted: they carry the same personal data as the rows they describe.
     */
    @WithDefault("7d")
    Duration retention();
}
