package org.practiceloop.analysis.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import org.practiceloop.analysis.messaging.CandidateErased;
import org.practiceloop.common.event.EventEnvelope;
import org.practiceloop.outbox.OutboxWriter;

/**
 * Erasure (GDPR): every row this service holds about the candidate goes, with the plan events
 * still waiting in the outbox (so no plan email follows the erasure). It arrives on the
 * candidate's partition after their evaluations, so none of them is analysed afterwards.
 */
@ApplicationScoped
public class CandidateErasure {

    private static final List<String> TABLES = List.of("feedback_item", "analyzed_evaluation", "action_plan_version",
            "candidate_contact", "drill_progress");

    private final EntityManager entityManager;
    private final OutboxWriter outbox;
    private final CandidateLock candidates;

    CandidateErasure(EntityManager entityManager, OutboxWriter outbox, CandidateLock candidates) {
        this.entityManager = entityManager;
        this.outbox = outbox;
        this.candidates = candidates;
    }

    @Transactional
    public void erase(EventEnvelope<CandidateErased> event) {
        String organizationId = event.organizationId();
        String candidateId = event.data().candidateId();
        // First: it may wait for the relay's claim on those rows, and a tick must not wait with it.
        outbox.discard(organizationId + "/" + candidateId);
        candidates.lock(organizationId, candidateId); // waits for a drill being ticked, so its row goes too
        for (String table : TABLES) {
            entityManager.createNativeQuery("delete from " + table + " where organization_id = ?1 and candidate_id = ?2")
                    .setParameter(1, organizationId).setParameter(2, candidateId).executeUpdate();
        }
    }
}
