package org.practiceloop.common.event;

import java.time.Instant;
import java.util.UUID;

/**
 * The wrapper every Practice Loop event travels in. Consumers de-duplicate by {@code eventId}
 * and refuse a {@code eventVersion} they do not understand. See docs/events.md.
 */
public record EventEnvelope<T>(
        UUID eventId,
        String eventType,
        int eventVersion,
        Instant occurredAt,
        String organizationId,
        T data) {

    public static <T> EventEnvelope<T> of(String eventType, int eventVersion, String organizationId, T data) {
        return new EventEnvelope<>(UUID.randomUUID(), eventType, eventVersion, Instant.now(), organizationId, data);
    }
}
