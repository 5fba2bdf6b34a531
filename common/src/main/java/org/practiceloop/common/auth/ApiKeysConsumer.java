package org.practiceloop.common.auth;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.practiceloop.common.event.EventConsumption;
import org.practiceloop.common.event.EventEnvelope;
import org.practiceloop.common.event.InvalidEventException;

/**
 * Keeps this service's copy of the API keys. Every service consumes {@code api-keys} with its
 * own group; applying a change twice, or an older one after a newer, changes nothing.
 */
@ApplicationScoped
public class ApiKeysConsumer {

    private static final TypeReference<EventEnvelope<ApiKeyChanged>> ENVELOPE = new TypeReference<>() { };

    private final ObjectMapper mapper;
    private final ApiKeys keys;

    ApiKeysConsumer(ObjectMapper mapper, ApiKeys keys) {
        this.mapper = mapper;
        this.keys = keys;
    }

    @Incoming("api-keys")
    public Uni<Void> consume(String payload) {
        EventEnvelope<ApiKeyChanged> event = EventConsumption.read(mapper, payload, ENVELOPE, ApiKeyChanged.TYPE,
                ApiKeyChanged.VERSION);
        ApiKeyChanged change = event.data();
        if (change.keyId() == null || change.organizationId() == null || change.keyHash() == null
                || change.scopes() == null || change.changedAt() == null) {
            throw new InvalidEventException("ApiKeyChanged is missing required fields", null);
        }
        return EventConsumption.applyWithRetries(event, () -> keys.apply(change));
    }
}
