package org.practiceloop.notification.messaging;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.practiceloop.common.event.EventConsumption;
import org.practiceloop.common.event.EventEnvelope;
import org.practiceloop.common.event.InvalidEventException;
import org.practiceloop.notification.service.IncomingEvents;

/** Queues the email and the {@code plan.updated} webhooks for each new plan version. */
@ApplicationScoped
public class ActionPlanUpdatedConsumer {

    private static final TypeReference<EventEnvelope<ActionPlanUpdated>> ENVELOPE = new TypeReference<>() { };

    private final ObjectMapper mapper;
    private final IncomingEvents incoming;

    ActionPlanUpdatedConsumer(ObjectMapper mapper, IncomingEvents incoming) {
        this.mapper = mapper;
        this.incoming = incoming;
    }

    @Incoming("action-plan-updated")
    public Uni<Void> consume(String payload) {
        EventEnvelope<ActionPlanUpdated> event = EventConsumption.read(mapper, payload, ENVELOPE,
                ActionPlanUpdated.TYPE, ActionPlanUpdated.VERSION);
        ActionPlanUpdated data = event.data();
        if (data.candidate() == null || data.candidate().id() == null || data.candidate().email() == null
                || data.plan() == null || data.plan().focusAreas() == null || data.plan().improved() == null
                || data.planVersion() < 1) {
            throw new InvalidEventException("ActionPlanUpdated is missing required fields", null);
        }
        return EventConsumption.applyWithRetries(event, () -> incoming.planUpdated(event));
    }
}
