package org.practiceloop.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.practiceloop.common.event.EventEnvelope;
import org.practiceloop.common.link.SignedLinks;
import org.practiceloop.common.trace.TraceParents;
import org.practiceloop.notification.config.NotificationConfig;
import org.practiceloop.notification.domain.DeliveryStatus;
import org.practiceloop.notification.domain.PlanEmail;
import org.practiceloop.notification.domain.SuppressedAddresses;
import org.practiceloop.notification.messaging.ActionPlanUpdated;

/**
 * Turns a plan update into exactly one email row per plan version. Pacing: the row waits for the
 * candidate's window, and a newer version replaces a row that is still waiting, so the candidate
 * gets the newest plan and no more than one email per window.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class PlanEmailService {

    private final PlanEmailRenderer renderer;
    private final Event<EmailQueued> queued;
    private final SuppressedAddresses suppressed;
    private final Subscriptions subscriptions;
    private final SignedLinks tokens;
    private final EmailPacing pacing;
    private final String publicUrl;

    PlanEmailService(PlanEmailRenderer renderer, Event<EmailQueued> queued, SuppressedAddresses suppressed,
            Subscriptions subscriptions, SignedLinks tokens, EmailPacing pacing, NotificationConfig config) {
        this.renderer = renderer;
        this.queued = queued;
        this.suppressed = suppressed;
        this.subscriptions = subscriptions;
        this.tokens = tokens;
        this.pacing = pacing;
        this.publicUrl = config.publicUrl().replaceAll("/+$", "");
    }

    public void queue(EventEnvelope<ActionPlanUpdated> event) {
        ActionPlanUpdated update = event.data();
        String organizationId = event.organizationId();
        String candidateId = update.candidate().id();
        if (PlanEmail.forVersion(organizationId, candidateId, update.planVersion()).isPresent()) {
            return; // the same version again, under another event id
        }
        PlanEmail email = new PlanEmail();
        email.id = UUID.randomUUID();
        email.organizationId = organizationId;
        email.candidateId = candidateId;
        email.planVersion = update.planVersion();
        email.recipient = update.candidate().email();
        email.createdAt = Instant.now();
        email.traceparent = TraceParents.ofCurrentSpan();
        if (subscriptions.isUnsubscribed(new Subscriber.Candidate(organizationId, candidateId))) {
            email.status = DeliveryStatus.UNSUBSCRIBED; // kept in the delivery log, never sent
        } else if (suppressed.isSuppressed(organizationId, email.recipient)) {
            email.status = DeliveryStatus.SUPPRESSED;
        } else {
            email.status = DeliveryStatus.PENDING;
            for (PlanEmail older : PlanEmail.waiting(organizationId, candidateId)) {
                older.status = DeliveryStatus.SUPERSEDED;
                older.supersededBy = email.planVersion;
                email.replacesVersions += older.replacesVersions + 1;
            }
        }
        email.nextAttemptAt = pacing.notBefore(organizationId, candidateId, email.createdAt);
        String token = tokens.issue(organizationId, candidateId);
        email.unsubscribeUrl = publicUrl + "/unsubscribe?token=" + token;
        PlanEmailRenderer.RenderedEmail rendered = renderer.render(update, new PlanEmailRenderer.Links(
                email.unsubscribeUrl, publicUrl + "/email-preferences?token=" + token), email.replacesVersions);
        email.subject = rendered.subject();
        email.htmlBody = rendered.html();
        email.textBody = rendered.text();
        email.persist();
        if (email.status == DeliveryStatus.PENDING && !email.nextAttemptAt.isAfter(email.createdAt)) {
            queued.fire(new EmailQueued(email.id));
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PlanEmail> deliveries(String organizationId, String candidateId) {
        return PlanEmail.ofCandidate(organizationId, candidateId);
    }
}
