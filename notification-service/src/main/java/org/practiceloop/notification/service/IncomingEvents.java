package org.practiceloop.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.practiceloop.common.event.EventEnvelope;
import org.practiceloop.common.event.ProcessedEvents;
import org.practiceloop.notification.messaging.ActionPlanUpdated;
import org.practiceloop.notification.messaging.CandidateErased;
import org.practiceloop.notification.messaging.EvaluationSubmitted;

/** Each consumed event's effects, in one transaction with its id in processed_event: a redelivery changes nothing. */
@ApplicationScoped
@Transactional
public class IncomingEvents {

    private final ProcessedEvents processedEvents;
    private final PlanEmailService emails;
    private final PlatformWebhooks webhooks;
    private final CandidateErasure erasure;

    IncomingEvents(ProcessedEvents processedEvents, PlanEmailService emails, PlatformWebhooks webhooks,
            CandidateErasure erasure) {
        this.processedEvents = processedEvents;
        this.emails = emails;
        this.webhooks = webhooks;
        this.erasure = erasure;
    }

    public void planUpdated(EventEnvelope<ActionPlanUpdated> event) {
        if (processedEvents.markProcessed(event)
                && !erasure.isErased(event.organizationId(), event.data().candidate().id())) {
            emails.queue(event);
            webhooks.planUpdated(event);
        }
    }

    public void candidateErased(EventEnvelope<CandidateErased> event) {
        if (processedEvents.markProcessed(event)) {
            erasure.erase(event.organizationId(), event.data().candidateId(), event.data().erasedAt());
            webhooks.candidateErased(event);
        }
    }

    public void evaluationSubmitted(EventEnvelope<EvaluationSubmitted> event) {
        if (processedEvents.markProcessed(event)) {
            erasure.comeBack(event.organizationId(), event.data().candidate().id(), event.data().submittedAt());
            webhooks.evaluationAccepted(event);
        }
    }
}
