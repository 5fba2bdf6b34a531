package org.practiceloop.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.practiceloop.common.event.EventEnvelope;
import org.practiceloop.common.link.SignedLinks;
import org.practiceloop.common.trace.TraceParents;
import org.practiceloop.notification.config.AmendLinks;
import org.practiceloop.notification.config.NotificationConfig;
import org.practiceloop.notification.domain.DeliveryStatus;
import org.practiceloop.notification.domain.PartnerEmail;
import org.practiceloop.notification.domain.SuppressedAddresses;
import org.practiceloop.notification.messaging.EvaluationAnalyzed;

/**
 * Tells the partner which of their comments the candidate will not see, why, how to make each
 * useful, and how to amend the evaluation while they still may: one email per evaluation at most
 * (its first analysis with a shielded item, whatever the revisions after it), never to a partner
 * who turned these off or to an address refused for good, and none once the amend window closed.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class PartnerEmailService {

    private static final Logger LOG = Logger.getLogger(PartnerEmailService.class);

    private final PartnerEmailRenderer renderer;
    private final Event<EmailQueued> queued;
    private final SuppressedAddresses suppressed;
    private final Subscriptions subscriptions;
    private final SignedLinks unsubscribeLinks;
    private final AmendLinks amendLinks;
    private final String publicUrl;

    PartnerEmailService(PartnerEmailRenderer renderer, Event<EmailQueued> queued, SuppressedAddresses suppressed,
            Subscriptions subscriptions, SignedLinks unsubscribeLinks, AmendLinks amendLinks, NotificationConfig config) {
        this.renderer = renderer;
        this.queued = queued;
        this.suppressed = suppressed;
        this.subscriptions = subscriptions;
        this.unsubscribeLinks = unsubscribeLinks;
        this.amendLinks = amendLinks;
        this.publicUrl = config.publicUrl().replaceAll("/+$", "");
    }

    public void queue(EventEnvelope<EvaluationAnalyzed> event) {
        EvaluationAnalyzed analyzed = event.data();
        String organizationId = event.organizationId();
        String address = analyzed.interviewer().email();
        Instant now = Instant.now();
        if (address == null || address.isBlank() || analyzed.shielded().isEmpty()
                || analyzed.amendableUntil() == null || !analyzed.amendableUntil().isAfter(now)
                || PartnerEmail.forEvaluation(organizationId, analyzed.evaluationId()).isPresent()) {
            return;
        }
        Subscriber.Partner partner = new Subscriber.Partner(organizationId, address);
        if (subscriptions.isUnsubscribed(partner) || suppressed.isSuppressed(organizationId, address)) {
            // Nothing stored: the body would keep feedback on the candidate for no purpose.
            LOG.debugf("No partner email for evaluation %s: the address is unsubscribed or suppressed",
                    analyzed.evaluationId());
            return;
        }
        PartnerEmail email = new PartnerEmail();
        email.id = UUID.randomUUID();
        email.organizationId = organizationId;
        email.evaluationId = analyzed.evaluationId();
        email.revision = analyzed.revision();
        email.candidateId = analyzed.candidate().id();
        email.recipient = address;
        email.status = DeliveryStatus.PENDING;
        email.createdAt = now;
        email.nextAttemptAt = now;
        email.traceparent = TraceParents.ofCurrentSpan();
        email.unsubscribeUrl = publicUrl + "/unsubscribe?token=" + unsubscribeLinks.issue(organizationId, partner.subjectId());
        PlanEmailRenderer.RenderedEmail rendered = renderer.render(analyzed, new PartnerEmailRenderer.Links(
                amendLinks.url(organizationId, analyzed.evaluationId(), analyzed.amendableUntil()), email.unsubscribeUrl),
                analyzed.amendableUntil());
        email.subject = rendered.subject();
        email.htmlBody = rendered.html();
        email.textBody = rendered.text();
        email.persist();
        queued.fire(new EmailQueued(email.id));
    }
}
