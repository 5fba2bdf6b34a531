package org.practiceloop.common.event;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.UUID;

/**
 * The wrapper every Practice Loop event travels in. Consumers de-duplicate by {@code eventId}
 * and refuse a {@code eventVersion} they do not understand. See docs/events.md. The constraints
 * are what {@link EventConsumption#read} checks on a consumed event, with its data's own.
 */
public record EventEnvelope<T>(
        @NotNull UUID eventId,
        String eventType,
        int eventVersion,
        Instant occurredAt,
        @NotNull String organizationId,
        @NotNull @Valid T data) {

    public static <T> EventEnvelope<T> of(String eventType, int eventVersion, String organizationId, T data) {
        return new EventEnvelope<>(UUID.randomUUID(), eventType, eventVersion, Instant.now(), organizationId, data);
    }
}
