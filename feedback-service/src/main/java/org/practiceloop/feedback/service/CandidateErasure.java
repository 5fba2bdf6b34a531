package org.practiceloop.feedback.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.practiceloop.common.event.EventEnvelope;
import org.practiceloop.feedback.domain.Evaluation;
import org.practiceloop.feedback.domain.EvaluationRevision;
import org.practiceloop.feedback.domain.Interview;
import org.practiceloop.feedback.messaging.CandidateErased;
import org.practiceloop.feedback.messaging.EvaluationSubmitted;
import org.practiceloop.outbox.OutboxWriter;

/**
 * Erasure (GDPR): removes the candidate's evaluations (every revision) and interviews, and every copy this service keeps of them
 * (stored idempotent answers, the outbox's published events), then announces the erasure to
 * the other services on the candidate's own partition, after everything published about them.
 */
@ApplicationScoped
@Transactional
public class CandidateErasure {

    private final EntityManager entityManager;
    private final OutboxWriter outbox;
    private final IdempotencyService idempotency;

    CandidateErasure(EntityManager entityManager, OutboxWriter outbox, IdempotencyService idempotency) {
        this.entityManager = entityManager;
        this.outbox = outbox;
        this.idempotency = idempotency;
    }

    /** The number of evaluations removed (interviews go too); erasing again removes nothing and announces it again. */
    public int erase(String organizationId, String candidateId) {
        List<UUID> evaluations = entityManager.createQuery(
                        "select e.id from Evaluation e where e.organizationId = ?1 and e.candidateId = ?2", UUID.class)
                .setParameter(1, organizationId).setParameter(2, candidateId).getResultList();
        // A stored Idempotency-Key answer repeats the evaluation or interview, with the candidate's details.
        evaluations.forEach(id -> idempotency.forgetAnswersAbout(organizationId, id));
        Interview.ofCandidate(organizationId, candidateId).forEach(i -> idempotency.forgetAnswersAbout(organizationId, i.id));
        // Every earlier revision first: each refers to its evaluation (an amendment never changes the candidate).
        EvaluationRevision.delete("organizationId = ?1 and candidateId = ?2", organizationId, candidateId);
        Evaluation.delete("organizationId = ?1 and candidateId = ?2", organizationId, candidateId);
        Interview.delete("organizationId = ?1 and candidateId = ?2", organizationId, candidateId);
        String key = EvaluationSubmitted.key(organizationId, candidateId);
        outbox.discard(key);
        outbox.append(EvaluationSubmitted.TOPIC, key, EventEnvelope.of(CandidateErased.TYPE, CandidateErased.VERSION,
                organizationId, new CandidateErased(candidateId, Instant.now())));
        return evaluations.size();
    }
}
