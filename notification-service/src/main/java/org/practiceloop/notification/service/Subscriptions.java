package org.practiceloop.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.practiceloop.notification.domain.AddressRow;
import org.practiceloop.notification.domain.CandidateRow;
import org.practiceloop.notification.domain.DeliveryStatus;
import org.practiceloop.notification.domain.PartnerEmail;
import org.practiceloop.notification.domain.PlanEmail;
import org.practiceloop.notification.domain.UnsubscribedCandidate;
import org.practiceloop.notification.domain.UnsubscribedPartner;

/**
 * Whether a candidate still wants plan emails, and a partner the emails about their evaluations.
 * Unsubscribing twice is the same as once.
 */
@ApplicationScoped
@Transactional
public class Subscriptions {

    private final EntityManager entityManager;

    Subscriptions(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void unsubscribe(Subscriber subscriber) {
        // Native for ON CONFLICT: a mail client's one-click POST and the recipient's own click may race.
        // An email still waiting (pacing, a retry) is not sent either.
        if (subscriber instanceof Subscriber.Partner partner) {
            entityManager.createNativeQuery("""
                            insert into unsubscribed_partner (organization_id, email, unsubscribed_at)
                            values (?1, ?2, now()) on conflict do nothing""")
                    .setParameter(1, partner.organizationId()).setParameter(2, partner.email()).executeUpdate();
            PartnerEmail.update("status = ?1 where organizationId = ?2 and lower(recipient) = ?3 and status = ?4",
                    DeliveryStatus.UNSUBSCRIBED, partner.organizationId(), partner.email(), DeliveryStatus.PENDING);
            return;
        }
        Subscriber.Candidate candidate = (Subscriber.Candidate) subscriber;
        entityManager.createNativeQuery("""
                        insert into unsubscribed_candidate (organization_id, candidate_id, unsubscribed_at)
                        values (?1, ?2, now()) on conflict do nothing""")
                .setParameter(1, candidate.organizationId()).setParameter(2, candidate.candidateId()).executeUpdate();
        PlanEmail.update("status = ?1 where organizationId = ?2 and candidateId = ?3 and status = ?4",
                DeliveryStatus.UNSUBSCRIBED, candidate.organizationId(), candidate.candidateId(), DeliveryStatus.PENDING);
    }

    public void resubscribe(Subscriber subscriber) {
        if (subscriber instanceof Subscriber.Partner partner) {
            UnsubscribedPartner.deleteById(key(partner));
        } else {
            UnsubscribedCandidate.deleteById(key((Subscriber.Candidate) subscriber));
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isUnsubscribed(Subscriber subscriber) {
        return subscriber instanceof Subscriber.Partner partner
                ? UnsubscribedPartner.findById(key(partner)) != null
                : UnsubscribedCandidate.findById(key((Subscriber.Candidate) subscriber)) != null;
    }

    private static AddressRow.Key key(Subscriber.Partner partner) {
        return new AddressRow.Key(partner.organizationId(), partner.email());
    }

    private static CandidateRow.Key key(Subscriber.Candidate candidate) {
        return new CandidateRow.Key(candidate.organizationId(), candidate.candidateId());
    }
}
