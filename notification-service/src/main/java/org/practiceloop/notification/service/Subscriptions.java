package org.practiceloop.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.practiceloop.notification.domain.CandidateRow;
import org.practiceloop.notification.domain.DeliveryStatus;
import org.practiceloop.notification.domain.PlanEmail;
import org.practiceloop.notification.domain.UnsubscribedCandidate;

/** Whether a candidate still wants plan emails. Unsubscribing twice is the same as once. */
@ApplicationScoped
@Transactional
public class Subscriptions {

    private final EntityManager entityManager;

    Subscriptions(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void unsubscribe(String organizationId, String candidateId) {
        // Native for ON CONFLICT: a mail client's one-click POST and the candidate's own click may race.
        entityManager.createNativeQuery("""
                        insert into unsubscribed_candidate (organization_id, candidate_id, unsubscribed_at)
                        values (?1, ?2, now()) on conflict do nothing""")
                .setParameter(1, organizationId).setParameter(2, candidateId).executeUpdate();
        // An email waiting for its pacing window is not sent either.
        PlanEmail.update("status = ?1 where organizationId = ?2 and candidateId = ?3 and status = ?4",
                DeliveryStatus.UNSUBSCRIBED, organizationId, candidateId, DeliveryStatus.PENDING);
    }

    public void resubscribe(String organizationId, String candidateId) {
        UnsubscribedCandidate.deleteById(new CandidateRow.Key(organizationId, candidateId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isUnsubscribed(String organizationId, String candidateId) {
        return UnsubscribedCandidate.findById(new CandidateRow.Key(organizationId, candidateId)) != null;
    }
}
