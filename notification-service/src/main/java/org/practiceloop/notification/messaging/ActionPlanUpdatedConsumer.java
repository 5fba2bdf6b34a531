package org.practiceloop.notification.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.practiceloop.common.event.EventConsumption;
import org.practiceloop.common.event.EventEnvelope;
import org.practiceloop.notification.service.IncomingEvents;

/** Queues the email and the {@code plan.updated} webhooks for each new plan version. */
@ApplicationScoped
public class ActionPlanUpdatedConsumer {

    private final EventConsumption consumption;
    private final IncomingEvents incoming;

    ActionPlanUpdatedConsumer(EventConsumption consumption, IncomingEvents incoming) {
        this.consumption = consumption;
        this.incoming = incoming;
    }

    @Incoming("action-plan-updated")
    public Uni<Void> consume(String payload) {
        EventEnvelope<ActionPlanUpdated> event = consumption.read(payload, ActionPlanUpdated.class,
                ActionPlanUpdated.TYPE, ActionPlanUpdated.VERSION);
        return consumption.applyOnce(event, () -> incoming.planUpdated(event));
    }
}
