package org.practiceloop.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.practiceloop.common.event.EventEnvelope;
import org.practiceloop.notification.messaging.ActionPlanUpdated;
import org.practiceloop.notification.messaging.CandidateErased;
import org.practiceloop.notification.messaging.EvaluationAnalyzed;
import org.practiceloop.notification.messaging.EvaluationSubmitted;

/**
 * Each consumed event's effects, in the transaction that records its id in processed_event
 * ({@code EventConsumption.applyOnce}): a redelivery changes nothing.
 */
@ApplicationScoped
@Transactional
public class IncomingEvents {

    private final PlanEmailService emails;
    private final PlatformWebhooks webhooks;
    private final CandidateErasure erasure;
    private final PartnerEmailService partnerEmails;

    IncomingEvents(PlanEmailService emails, PlatformWebhooks webhooks, CandidateErasure erasure,
            PartnerEmailService partnerEmails) {
        this.emails = emails;
        this.webhooks = webhooks;
        this.erasure = erasure;
        this.partnerEmails = partnerEmails;
    }

    public void planUpdated(EventEnvelope<ActionPlanUpdated> event) {
        if (!erasure.isErased(event.organizationId(), event.data().candidate().id())) {
            emails.queue(event);
            webhooks.planUpdated(event);
        }
    }

    /** An analysis that reaches us after the candidate's erasure (another topic) must not store their feedback again. */
    public void evaluationAnalyzed(EventEnvelope<EvaluationAnalyzed> event) {
        if (!erasure.isErased(event.organizationId(), event.data().candidate().id())) {
            partnerEmails.queue(event);
        }
    }

    public void candidateErased(EventEnvelope<CandidateErased> event) {
        erasure.erase(event.organizationId(), event.data().candidateId(), event.data().erasedAt());
        webhooks.candidateErased(event);
    }

    public void evaluationSubmitted(EventEnvelope<EvaluationSubmitted> event) {
        erasure.comeBack(event.organizationId(), event.data().candidate().id(), event.data().submittedAt());
        webhooks.evaluationAccepted(event);
    }
}
