package org.practiceloop.common.auth;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.practiceloop.common.event.EventConsumption;
import org.practiceloop.common.event.EventEnvelope;

/**
 * Keeps this service's copy of the API keys. Every service consumes {@code api-keys} with its
 * own group; applying a change twice, or an older one after a newer, changes nothing.
 */
@ApplicationScoped
public class ApiKeysConsumer {

    private final EventConsumption consumption;
    private final ApiKeys keys;

    ApiKeysConsumer(EventConsumption consumption, ApiKeys keys) {
        this.consumption = consumption;
        this.keys = keys;
    }

    @Incoming("api-keys")
    public Uni<Void> consume(String payload) {
        EventEnvelope<ApiKeyChanged> event = consumption.read(payload, ApiKeyChanged.class, ApiKeyChanged.TYPE,
                ApiKeyChanged.VERSION);
        return consumption.applyWithRetries(event, () -> keys.apply(event.data()));
    }
}
