package org.practiceloop.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.practiceloop.common.event.EventEnvelope;
import org.practiceloop.common.event.ProcessedEvents;
import org.practiceloop.notification.config.NotificationConfig;
import org.practiceloop.notification.domain.DeliveryStatus;
import org.practiceloop.notification.domain.PlanEmail;
import org.practiceloop.notification.domain.SuppressedAddresses;
import org.practiceloop.notification.messaging.ActionPlanUpdated;

/** Turns a plan update into exactly one pending email per plan version. */
@ApplicationScoped
@Transactional
public class PlanEmailService {

    /** Fired inside the transaction; the dispatcher reacts once it has committed. */
    public record PlanEmailQueued(UUID id) {
    }

    private final ProcessedEvents processedEvents;
    private final PlanEmailRenderer renderer;
    private final Event<PlanEmailQueued> queued;
    private final SuppressedAddresses suppressed;
    private final Subscriptions subscriptions;
    private final UnsubscribeTokens tokens;
    private final String publicUrl;

    PlanEmailService(ProcessedEvents processedEvents, PlanEmailRenderer renderer, Event<PlanEmailQueued> queued,
            SuppressedAddresses suppressed, Subscriptions subscriptions, UnsubscribeTokens tokens,
            NotificationConfig config) {
        this.processedEvents = processedEvents;
        this.renderer = renderer;
        this.queued = queued;
        this.suppressed = suppressed;
        this.subscriptions = subscriptions;
        this.tokens = tokens;
        this.publicUrl = config.publicUrl().replaceAll("/+$", "");
    }

    public void queue(EventEnvelope<ActionPlanUpdated> event) {
        ActionPlanUpdated update = event.data();
        if (!processedEvents.markProcessed(event.eventId())
                || PlanEmail.count("organizationId = ?1 and candidateId = ?2 and planVersion = ?3",
                        event.organizationId(), update.candidate().id(), update.planVersion()) > 0) {
            return;
        }
        String unsubscribeUrl = publicUrl + "/unsubscribe?token="
                + tokens.issue(event.organizationId(), update.candidate().id());
        PlanEmailRenderer.RenderedEmail rendered = renderer.render(update, unsubscribeUrl);
        PlanEmail email = new PlanEmail();
        email.id = UUID.randomUUID();
        email.organizationId = event.organizationId();
        email.candidateId = update.candidate().id();
        email.planVersion = update.planVersion();
        email.recipient = update.candidate().email();
        email.subject = rendered.subject();
        email.htmlBody = rendered.html();
        email.textBody = rendered.text();
        email.unsubscribeUrl = unsubscribeUrl;
        email.createdAt = Instant.now();
        email.nextAttemptAt = email.createdAt;
        if (subscriptions.isUnsubscribed(email.organizationId, email.candidateId)) {
            email.status = DeliveryStatus.UNSUBSCRIBED; // kept in the delivery log, never sent
            email.persist();
            return;
        }
        if (suppressed.isSuppressed(email.organizationId, email.recipient)) {
            email.status = DeliveryStatus.SUPPRESSED;
            email.persist();
            return;
        }
        email.status = DeliveryStatus.PENDING;
        email.persist();
        queued.fire(new PlanEmailQueued(email.id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PlanEmail> deliveries(String organizationId, String candidateId) {
        return PlanEmail.ofCandidate(organizationId, candidateId);
    }
}
