package org.practiceloop.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * Erasure (GDPR): the candidate's plan emails (bodies, addresses, delivery log), preferences and
 * unsubscription, and the suppression of their addresses go; what stays is a tombstone with the
 * candidate's id, so that a plan made before the erasure is never emailed after it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CandidateErasure {

    private final EntityManager entityManager;

    CandidateErasure(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @SuppressWarnings("unchecked")
    public void erase(String organizationId, String candidateId, Instant erasedAt) {
        List<String> addresses = entityManager.createNativeQuery(
                        "select distinct recipient from plan_email where organization_id = ?1 and candidate_id = ?2")
                .setParameter(1, organizationId).setParameter(2, candidateId).getResultList();
        for (String table : List.of("plan_email", "email_preference", "unsubscribed_candidate")) {
            entityManager.createNativeQuery("delete from " + table + " where organization_id = ?1 and candidate_id = ?2")
                    .setParameter(1, organizationId).setParameter(2, candidateId).executeUpdate();
        }
        for (String address : addresses) {
            entityManager.createNativeQuery("delete from suppressed_address where organization_id = ?1 and email = ?2")
                    .setParameter(1, organizationId).setParameter(2, address).executeUpdate();
        }
        entityManager.createNativeQuery("""
                        insert into erased_candidate (organization_id, candidate_id, erased_at) values (?1, ?2, ?3)
                        on conflict (organization_id, candidate_id) do update set erased_at = excluded.erased_at""")
                .setParameter(1, organizationId).setParameter(2, candidateId).setParameter(3, erasedAt).executeUpdate();
    }

    /** Whether this candidate was erased after {@code moment}: what was made before must not be used. */
    public boolean erasedSince(String organizationId, String candidateId, Instant moment) {
        return !entityManager.createNativeQuery("""
                        select 1 from erased_candidate where organization_id = ?1 and candidate_id = ?2
                        and erased_at >= ?3""")
                .setParameter(1, organizationId).setParameter(2, candidateId).setParameter(3, moment)
                .getResultList().isEmpty();
    }
}
