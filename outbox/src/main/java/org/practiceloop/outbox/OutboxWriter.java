package org.practiceloop.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.practiceloop.common.event.EventEnvelope;
import org.practiceloop.common.trace.TraceParents;

/** Adds an event to the outbox inside the caller's transaction, so both commit or neither does. */
@ApplicationScoped
public class OutboxWriter {

    private final ObjectMapper mapper;
    private final Event<OutboxAppended> appended;

    OutboxWriter(ObjectMapper mapper, Event<OutboxAppended> appended) {
        this.mapper = mapper;
        this.appended = appended;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void append(String topic, String key, EventEnvelope<?> event) {
        append(topic, key, event, TraceParents.ofCurrentSpan());
    }

    /** As {@link #append(String, String, EventEnvelope)}, for work done on another thread than its trace's. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void append(String topic, String key, EventEnvelope<?> event, String traceparent) {
        OutboxMessage message = new OutboxMessage();
        message.id = event.eventId();
        message.organizationId = event.organizationId();
        message.topic = topic;
        message.key = key;
        message.payload = toJson(event);
        message.createdAt = Instant.now();
        message.traceparent = traceparent;
        message.persist();
        appended.fire(new OutboxAppended(message.id));
    }

    /**
     * Removes every message with this key, published or not (erasure: published messages are
     * kept otherwise, and they repeat the data they were about).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void discard(String key) {
        OutboxMessage.delete("key", key);
    }

    private String toJson(EventEnvelope<?> event) {
        try {
            return mapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event " + event.eventType() + " cannot be serialised", e);
        }
    }

    /** Fired inside the transaction; the relay reacts only once it has committed. */
    public record OutboxAppended(java.util.UUID id) {
    }
}
