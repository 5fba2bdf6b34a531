package org.practiceloop.common.auth;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ConfigMapping(prefix = "practiceloop.auth")
public interface AuthConfig {

    /**
     * The operator's key for the admin API (creating organisations and their keys); without
     * it the admin API refuses every call. Set it from a secret, never commit it.
     */
    Optional<String> operatorKey();

    /**
     * Keys given by configuration instead of the {@code api-keys} topic, by name: for tests and
     * for a first key before any organisation exists. Only their SHA-256 is configured.
     */
    Map<String, StaticKey> staticKeys();

    RateLimit rateLimit();

    /** Requests per API key, per service replica (a token bucket: a steady rate and a burst). */
    interface RateLimit {
        @WithDefault("50")
        double perSecond();

        @WithDefault("200")
        int burst();
    }

    interface StaticKey {
        String organization();

        /** Hex SHA-256 of the whole key. */
        String hash();

        /** Wire names, e.g. {@code evaluations:write}. */
        List<String> scopes();
    }
}
