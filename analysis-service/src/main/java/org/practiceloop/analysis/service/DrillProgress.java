package org.practiceloop.analysis.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The drills a candidate ticked as done. Ticking twice is the same as once. */
@ApplicationScoped
@Transactional
public class DrillProgress {

    private final EntityManager entityManager;

    DrillProgress(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void mark(String organizationId, String candidateId, String drillId, boolean done) {
        entityManager.createNativeQuery(done
                        ? """
                          insert into drill_progress (organization_id, candidate_id, drill_id, done_at)
                          values (?1, ?2, ?3, now()) on conflict do nothing"""
                        : "delete from drill_progress where organization_id = ?1 and candidate_id = ?2 and drill_id = ?3")
                .setParameter(1, organizationId).setParameter(2, candidateId).setParameter(3, drillId)
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public Set<String> done(String organizationId, String candidateId) {
        List<String> ids = entityManager.createNativeQuery(
                        "select drill_id from drill_progress where organization_id = ?1 and candidate_id = ?2")
                .setParameter(1, organizationId).setParameter(2, candidateId).getResultList();
        return ids.stream().collect(Collectors.toUnmodifiableSet());
    }
}
