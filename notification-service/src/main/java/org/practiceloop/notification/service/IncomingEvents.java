package org.practiceloop.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.practiceloop.common.event.EventEnvelope;
import org.practiceloop.common.event.ProcessedEvents;
import org.practiceloop.notification.messaging.ActionPlanUpdated;
import org.practiceloop.notification.messaging.EvaluationSubmitted;

/** Each consumed event's effects, in one transaction with its id in processed_event: a redelivery changes nothing. */
@ApplicationScoped
@Transactional
public class IncomingEvents {

    private final ProcessedEvents processedEvents;
    private final PlanEmailService emails;
    private final PlatformWebhooks webhooks;

    IncomingEvents(ProcessedEvents processedEvents, PlanEmailService emails, PlatformWebhooks webhooks) {
        this.processedEvents = processedEvents;
        this.emails = emails;
        this.webhooks = webhooks;
    }

    public void planUpdated(EventEnvelope<ActionPlanUpdated> event) {
        if (processedEvents.markProcessed(event.eventId())) {
            emails.queue(event);
            webhooks.planUpdated(event);
        }
    }

    public void evaluationSubmitted(EventEnvelope<EvaluationSubmitted> event) {
        if (processedEvents.markProcessed(event.eventId())) {
            webhooks.evaluationAccepted(event);
        }
    }
}
