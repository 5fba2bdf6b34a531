package org.practiceloop.feedback.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.practiceloop.common.event.EventEnvelope;
import org.practiceloop.feedback.domain.Interview;
import org.practiceloop.feedback.messaging.EvaluationSubmitted;
import org.practiceloop.feedback.messaging.InterviewDeleted;
import org.practiceloop.feedback.messaging.InterviewLogged;
import org.practiceloop.outbox.OutboxWriter;

/**
 * Real interviews, with the guarantees of an evaluation: the row and its event commit together.
 * Their events go on the candidate's partition of the evaluations' topic, so a consumer sees them
 * in order with the candidate's evaluations and, last, their erasure.
 */
@ApplicationScoped
@Transactional
public class InterviewService {

    private final OutboxWriter outbox;
    private final IdempotencyService idempotency;

    InterviewService(OutboxWriter outbox, IdempotencyService idempotency) {
        this.outbox = outbox;
        this.idempotency = idempotency;
    }

    public Interview log(Interview interview) {
        interview.id = UUID.randomUUID();
        interview.loggedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        interview.persist();
        outbox.append(EvaluationSubmitted.TOPIC, EvaluationSubmitted.key(interview.organizationId, interview.candidateId),
                EventEnvelope.of(InterviewLogged.TYPE, InterviewLogged.VERSION, interview.organizationId,
                        InterviewLogged.of(interview)));
        return interview;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Interview> ofCandidate(String organizationId, String candidateId) {
        return Interview.ofCandidate(organizationId, candidateId);
    }

    /** False when the candidate has no such interview. */
    public boolean delete(String organizationId, String candidateId, UUID id) {
        return Interview.findOfCandidate(organizationId, candidateId, id).map(interview -> {
            idempotency.forgetAnswersAbout(organizationId, id);
            interview.delete();
            outbox.append(EvaluationSubmitted.TOPIC, EvaluationSubmitted.key(organizationId, candidateId),
                    EventEnvelope.of(InterviewDeleted.TYPE, InterviewDeleted.VERSION, organizationId,
                            new InterviewDeleted(id, candidateId, Instant.now())));
            return true;
        }).orElse(false);
    }
}
