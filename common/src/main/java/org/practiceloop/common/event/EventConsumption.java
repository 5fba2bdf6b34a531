package org.practiceloop.common.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import java.time.Duration;
import org.jboss.logging.Logger;
import org.practiceloop.common.tenant.Tenancy;

/** What every consumer does with a record: read the envelope strictly, then apply it with retries. */
public final class EventConsumption {

    private static final Logger LOG = Logger.getLogger(EventConsumption.class);
    /** About five minutes of backoff: rides out a database restart, then the record is dead-lettered. */
    private static final int RETRIES = 25;
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(500);
    private static final Duration LONGEST_BACKOFF = Duration.ofSeconds(15);

    private EventConsumption() {
    }

    /**
     * The {@code eventType} of a record, for consumers of a topic that carries several types
     * (a candidate's evaluations and their erasure share one, to stay in order).
     */
    public static String eventType(ObjectMapper mapper, String payload) {
        try {
            return mapper.readTree(payload).path("eventType").asText("");
        } catch (JsonProcessingException e) {
            throw new InvalidEventException("Not an event: " + e.getClass().getSimpleName()
                    + (e.getLocation() == null ? "" : " at " + e.getLocation().offsetDescription()), null);
        }
    }

    /**
     * Reads an event of the given type and version, or throws {@link InvalidEventException} (the
     * record then goes to the dead-letter topic and the partition moves on).
     */
    public static <T> EventEnvelope<T> read(ObjectMapper mapper, String payload, TypeReference<EventEnvelope<T>> type,
            String eventType, int eventVersion) {
        EventEnvelope<T> event;
        try {
            event = mapper.readValue(payload, type);
        } catch (JsonProcessingException e) {
            // The location, not the message: Jackson quotes the offending (personal) text.
            throw new InvalidEventException("Not an " + eventType + " event: " + e.getClass().getSimpleName()
                    + (e.getLocation() == null ? "" : " at " + e.getLocation().offsetDescription()), null);
        }
        if (!eventType.equals(event.eventType()) || event.eventVersion() != eventVersion) {
            throw new InvalidEventException("Unsupported event " + event.eventType() + " v" + event.eventVersion(), null);
        }
        if (event.eventId() == null || event.organizationId() == null || event.data() == null) {
            throw new InvalidEventException(eventType + " is missing eventId, organizationId or data", null);
        }
        // Checked here, not when applied: an erasure is retried until it succeeds, and this never would.
        if (event.organizationId().isBlank() || Tenancy.SERVICE.equals(event.organizationId())) {
            throw new InvalidEventException(eventType + " names no organisation", null);
        }
        return event;
    }

    /**
     * Applies an event on a worker thread, as the event's organisation (the tenant every query
     * is scoped to); a failure (the database restarting) is retried in place with exponential
     * backoff, which keeps the partition's order.
     */
    public static Uni<Void> applyWithRetries(EventEnvelope<?> event, Runnable effects) {
        return apply(() -> Tenancy.asOrganization(event.organizationId(), effects), FIRST_BACKOFF, LONGEST_BACKOFF,
                RETRIES);
    }

    /**
     * The same without a limit, for effects that must never be dead-lettered (a candidate's
     * erasure): the partition waits until they succeed, which the consumer lag shows, and every
     * failure is logged with the event id (never the exception's message: it may quote data).
     */
    public static Uni<Void> applyUntilDone(EventEnvelope<?> event, Runnable effects) {
        return apply(() -> {
            try {
                Tenancy.asOrganization(event.organizationId(), effects);
            } catch (RuntimeException e) {
                LOG.errorf("Event %s failed (%s); retrying until it succeeds", event.eventId(), e.getClass().getName());
                throw e;
            }
        }, FIRST_BACKOFF, LONGEST_BACKOFF, Long.MAX_VALUE);
    }

    static Uni<Void> apply(Runnable effects, Duration firstBackoff, Duration longestBackoff, long retries) {
        return Uni.createFrom().item(() -> {
                    effects.run();
                    return (Void) null;
                })
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .onFailure().retry().withBackOff(firstBackoff, longestBackoff).atMost(retries);
    }
}
