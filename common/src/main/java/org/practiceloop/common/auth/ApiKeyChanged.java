package org.practiceloop.common.auth;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.Set;

/**
 * The {@code data} of an ApiKeyChanged event (docs/events.md), on the compacted topic
 * {@code api-keys} keyed by key id: each service keeps its own copy of the keys, so none asks
 * another on a request. Carries the key's SHA-256, never the key.
 */
public record ApiKeyChanged(@NotNull String keyId, @NotNull String organizationId, @NotNull String keyHash,
        @NotNull Set<Scope> scopes, boolean revoked, @NotNull Instant changedAt) {

    public static final String TOPIC = "api-keys";
    public static final String TYPE = "ApiKeyChanged";
    public static final int VERSION = 1;
}
