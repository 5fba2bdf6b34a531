package org.practiceloop.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.practiceloop.common.event.EventEnvelope;
import org.practiceloop.notification.domain.PlanEmail;
import org.practiceloop.notification.domain.WebhookEventType;
import org.practiceloop.notification.messaging.ActionPlanUpdated;
import org.practiceloop.notification.messaging.CandidateErased;
import org.practiceloop.notification.messaging.EvaluationSubmitted;

/**
 * What each webhook event tells a coaching platform (docs/webhooks.md). Messages carry ids,
 * dates and theme names, never free text or email addresses: the platform reads details through
 * the API with its own key. Message ids are derived from the subject, so they are stable.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class PlatformWebhooks {

    public record EvaluationAccepted(UUID evaluationId, String candidateId, LocalDate sessionDate,
            String interviewType, Instant submittedAt) {
    }

    public record PlanUpdated(String candidateId, int planVersion, List<FocusArea> focusAreas,
            List<String> improvedThemes, int shieldedItems, Instant createdAt) {
    }

    public record FocusArea(String theme, String title, String status, int sessions, int partners) {
    }

    public record EmailSent(String candidateId, int planVersion, String messageId, Instant sentAt) {
    }

    public record CandidateErasedData(String candidateId, Instant erasedAt) {
    }

    private final WebhookPublisher publisher;

    PlatformWebhooks(WebhookPublisher publisher) {
        this.publisher = publisher;
    }

    public void evaluationAccepted(EventEnvelope<EvaluationSubmitted> event) {
        EvaluationSubmitted evaluation = event.data();
        publish(event.organizationId(), WebhookEventType.EVALUATION_ACCEPTED, evaluation.evaluationId().toString(),
                evaluation.submittedAt(), new EvaluationAccepted(evaluation.evaluationId(),
                        evaluation.candidate().id(), evaluation.sessionDate(), evaluation.interviewType(),
                        evaluation.submittedAt()));
    }

    public void planUpdated(EventEnvelope<ActionPlanUpdated> event) {
        ActionPlanUpdated update = event.data();
        String candidateId = update.candidate().id();
        publish(event.organizationId(), WebhookEventType.PLAN_UPDATED, candidateId + "/" + update.planVersion(),
                update.createdAt(), new PlanUpdated(candidateId, update.planVersion(),
                        update.plan().focusAreas().stream().map(a -> new FocusArea(a.theme(), a.title(), a.status(),
                                a.sessions(), a.partners())).toList(),
                        update.plan().improved().stream().map(ActionPlanUpdated.Improvement::theme).toList(),
                        update.plan().shieldedItems(), update.createdAt()));
    }

    public void emailSent(PlanEmail email) {
        publish(email.organizationId, WebhookEventType.EMAIL_SENT, email.id.toString(), email.sentAt,
                new EmailSent(email.candidateId, email.planVersion, email.messageId(), email.sentAt));
    }

    public void candidateErased(EventEnvelope<CandidateErased> event) {
        CandidateErased erased = event.data();
        publish(event.organizationId(), WebhookEventType.CANDIDATE_ERASED, erased.candidateId() + "/" + erased.erasedAt(),
                erased.erasedAt(), new CandidateErasedData(erased.candidateId(), erased.erasedAt()));
    }

    private void publish(String organizationId, WebhookEventType type, String subject, Instant timestamp, Object data) {
        UUID messageId = UUID.nameUUIDFromBytes((organizationId + "/" + type + "/" + subject)
                .getBytes(StandardCharsets.UTF_8));
        publisher.publish(organizationId, type, "msg_" + messageId,
                new WebhookPublisher.Message(type.toString(), timestamp, data));
    }
}
