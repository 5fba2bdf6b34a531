package org.practiceloop.feedback.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "practiceloop.idempotency")
public interface IdempotencyConfig {

    /** How long a key and its answer are kept. */
    @WithDefault("24h")
    Duration keyTtl();

    /** A request still "in flight" after this long was abandoned (the server stopped); its key may be used again. */
    @WithDefault("60s")
    Duration abandonedAfter();
}
