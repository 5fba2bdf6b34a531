package org.practiceloop.analysis.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Orders the changes to one candidate that do not come through their event partition: a drill
 * ticked on the plan page against the candidate's erasure. Without it a tick that read the plan
 * just before the erasure deleted it would store its row just after, outliving the erasure.
 */
@ApplicationScoped
public class CandidateLock {

    /** First key of the transaction-level advisory lock; the second is a hash of organisation/candidate. */
    public static final int NAMESPACE = 0x2_CA9D;

    private final EntityManager entityManager;

    CandidateLock(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Held until the calling transaction ends. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lock(String organizationId, String candidateId) {
        entityManager.createNativeQuery("select 1 from pg_advisory_xact_lock(?1, hashtext(?2))")
                .setParameter(1, NAMESPACE).setParameter(2, organizationId + "/" + candidateId)
                .getSingleResult();
    }
}
