package org.practiceloop.common.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.logging.Logger;
import org.practiceloop.common.tenant.Tenancy;

/**
 * What every consumer does with a record: read the envelope strictly, check it and its data
 * against their Bean Validation constraints, then apply it once (its id in the idempotency log,
 * in the transaction of its effects) with retries.
 */
@ApplicationScoped
public class EventConsumption {

    private static final Logger LOG = Logger.getLogger(EventConsumption.class);
    /** About five minutes of backoff: rides out a database restart, then the record is dead-lettered. */
    private static final int RETRIES = 25;
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(500);
    private static final Duration LONGEST_BACKOFF = Duration.ofSeconds(15);

    private final ObjectMapper mapper;
    private final Validator validator;
    private final ProcessedEvents processedEvents;

    EventConsumption(ObjectMapper mapper, Validator validator, ProcessedEvents processedEvents) {
        this.mapper = mapper;
        this.validator = validator;
        this.processedEvents = processedEvents;
    }

    /**
     * The {@code eventType} of a record, for consumers of a topic that carries several types
     * (a candidate's evaluations and their erasure share one, to stay in order).
     */
    public String eventType(String payload) {
        try {
            return mapper.readTree(payload).path("eventType").asText("");
        } catch (JsonProcessingException e) {
            throw new InvalidEventException("Not an event: " + location(e), null);
        }
    }

    /**
     * Reads an event of the given type and version whose envelope and data meet their
     * constraints, or throws {@link InvalidEventException} (the record then goes to the
     * dead-letter topic and the partition moves on).
     */
    public <T> EventEnvelope<T> read(String payload, Class<T> data, String eventType, int eventVersion) {
        JavaType type = mapper.getTypeFactory().constructParametricType(EventEnvelope.class, data);
        EventEnvelope<T> event;
        try {
            event = mapper.readValue(payload, type);
        } catch (JsonProcessingException e) {
            throw new InvalidEventException("Not an " + eventType + " event: " + location(e), null);
        }
        if (!eventType.equals(event.eventType()) || event.eventVersion() != eventVersion) {
            throw new InvalidEventException("Unsupported event " + event.eventType() + " v" + event.eventVersion(), null);
        }
        Set<ConstraintViolation<EventEnvelope<T>>> violations = validator.validate(event);
        if (!violations.isEmpty()) {
            // Paths and constraints only: the values may be personal data.
            Set<String> failures = new TreeSet<>();
            violations.forEach(v -> failures.add(v.getPropertyPath() + " ("
                    + v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName() + ")"));
            throw new InvalidEventException(eventType + " is invalid at " + String.join(", ", failures), null);
        }
        // Checked here, not when applied: an erasure is retried until it succeeds, and this never would.
        if (event.organizationId().isBlank() || Tenancy.SERVICE.equals(event.organizationId())) {
            throw new InvalidEventException(eventType + " names no organisation", null);
        }
        return event;
    }

    /**
     * Applies an event once, on a worker thread, as the event's organisation (the tenant every
     * query is scoped to): its id goes into the idempotency log in the transaction of its
     * effects, which a redelivery then skips. A failure (the database restarting) is retried in
     * place with exponential backoff, which keeps the partition's order.
     */
    public Uni<Void> applyOnce(EventEnvelope<?> event, Runnable effects) {
        return apply(() -> once(event, effects), FIRST_BACKOFF, LONGEST_BACKOFF, RETRIES);
    }

    /**
     * The same without a limit, for effects that must never be dead-lettered (a candidate's
     * erasure): the partition waits until they succeed, which the consumer lag shows, and every
     * failure is logged with the event id (never the exception's message: it may quote data).
     */
    public Uni<Void> applyOnceUntilDone(EventEnvelope<?> event, Runnable effects) {
        return apply(() -> {
            try {
                once(event, effects);
            } catch (RuntimeException e) {
                LOG.errorf("Event %s failed (%s); retrying until it succeeds", event.eventId(), e.getClass().getName());
                throw e;
            }
        }, FIRST_BACKOFF, LONGEST_BACKOFF, Long.MAX_VALUE);
    }

    /**
     * Applies, with the same retries, effects that need no log because applying them again
     * changes nothing by itself (an API key change, ordered by its own timestamp).
     */
    public Uni<Void> applyWithRetries(EventEnvelope<?> event, Runnable effects) {
        return apply(() -> Tenancy.asOrganization(event.organizationId(), effects), FIRST_BACKOFF, LONGEST_BACKOFF,
                RETRIES);
    }

    private void once(EventEnvelope<?> event, Runnable effects) {
        Tenancy.asOrganization(event.organizationId(), () -> QuarkusTransaction.requiringNew().run(() -> {
            if (processedEvents.markProcessed(event)) {
                effects.run();
            } else {
                LOG.debugf("Event %s already processed", event.eventId());
            }
        }));
    }

    /** The location, not the message: Jackson quotes the offending (personal) text. */
    private static String location(JsonProcessingException e) {
        return e.getClass().getSimpleName()
                + (e.getLocation() == null ? "" : " at " + e.getLocation().offsetDescription());
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
