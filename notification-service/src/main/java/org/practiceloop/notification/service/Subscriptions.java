package org.practiceloop.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Whether a candidate still wants plan emails. Unsubscribing twice is the same as once. */
@ApplicationScoped
@Transactional
public class Subscriptions {

    private final EntityManager entityManager;

    Subscriptions(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void unsubscribe(String organizationId, String candidateId) {
        entityManager.createNativeQuery("""
                        insert into unsubscribed_candidate (organization_id, candidate_id, unsubscribed_at)
                        values (?1, ?2, now()) on conflict do nothing""")
                .setParameter(1, organizationId).setParameter(2, candidateId).executeUpdate();
        // An email waiting for its pacing window is not sent either.
        entityManager.createNativeQuery("""
                        update plan_email set status = 'UNSUBSCRIBED'
                        where organization_id = ?1 and candidate_id = ?2 and status = 'PENDING'""")
                .setParameter(1, organizationId).setParameter(2, candidateId).executeUpdate();
    }

    public void resubscribe(String organizationId, String candidateId) {
        entityManager.createNativeQuery(
                        "delete from unsubscribed_candidate where organization_id = ?1 and candidate_id = ?2")
                .setParameter(1, organizationId).setParameter(2, candidateId).executeUpdate();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isUnsubscribed(String organizationId, String candidateId) {
        return !entityManager.createNativeQuery(
                        "select 1 from unsubscribed_candidate where organization_id = ?1 and candidate_id = ?2")
                .setParameter(1, organizationId).setParameter(2, candidateId).getResultList().isEmpty();
    }
}
