package org.practiceloop.feedback.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.practiceloop.common.event.EventEnvelope;
import org.practiceloop.feedback.domain.Evaluation;
import org.practiceloop.feedback.messaging.EvaluationSubmitted;
import org.practiceloop.outbox.OutboxWriter;

/** Accepts evaluations: the row and its event are committed together, or not at all. */
@ApplicationScoped
@Transactional
public class EvaluationService {

    private final OutboxWriter outbox;

    EvaluationService(OutboxWriter outbox) {
        this.outbox = outbox;
    }

    public Evaluation submit(Evaluation evaluation) {
        evaluation.id = UUID.randomUUID();
        evaluation.submittedAt = Instant.now();
        evaluation.persist();
        outbox.append(EvaluationSubmitted.TOPIC, EvaluationSubmitted.key(evaluation),
                EventEnvelope.of(EvaluationSubmitted.TYPE, EvaluationSubmitted.VERSION, evaluation.organizationId,
                        EvaluationSubmitted.of(evaluation)));
        return evaluation;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Evaluation> find(String organizationId, UUID id) {
        return Evaluation.findInOrganization(organizationId, id);
    }
}
