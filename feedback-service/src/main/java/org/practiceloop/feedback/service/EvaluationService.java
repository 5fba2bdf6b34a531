package org.practiceloop.feedback.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import io.quarkus.panache.common.Parameters;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
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
        // Microseconds, as PostgreSQL keeps them, so a page cursor compares equal to the stored value.
        evaluation.submittedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        evaluation.persist();
        outbox.append(EvaluationSubmitted.TOPIC, EvaluationSubmitted.key(evaluation),
                EventEnvelope.of(EvaluationSubmitted.TYPE, EvaluationSubmitted.VERSION, evaluation.organizationId,
                        EvaluationSubmitted.of(evaluation)));
        return evaluation;
    }

    /** An imported row: stored now, or found stored by an earlier import of the same content. */
    public record Imported(Evaluation evaluation, boolean duplicate) {
    }

    /**
     * Stores an imported evaluation unless one with the same fingerprint is stored already. Two
     * imports racing on one row are kept apart by the unique index: the loser's transaction fails
     * and its client's retry reports the row as a duplicate.
     */
    public Imported importEvaluation(Evaluation evaluation) {
        return Evaluation.findImported(evaluation.organizationId, evaluation.importFingerprint)
                .map(existing -> new Imported(existing, true))
                .orElseGet(() -> new Imported(submit(evaluation), false));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Evaluation> find(String organizationId, UUID id) {
        return Evaluation.findInOrganization(organizationId, id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean hasCandidate(String organizationId, String candidateId) {
        return Evaluation.count("organizationId = ?1 and candidateId = ?2", organizationId, candidateId) > 0;
    }

    /** Keyset pagination: stable while new evaluations arrive, and as fast on page 1000 as on page 1. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public EvaluationPage list(EvaluationQuery query) {
        StringBuilder where = new StringBuilder("organizationId = :org");
        Parameters params = Parameters.with("org", query.organizationId());
        if (query.candidateId() != null) {
            where.append(" and candidateId = :candidate");
            params.and("candidate", query.candidateId());
        }
        if (query.from() != null) {
            where.append(" and sessionDate >= :from");
            params.and("from", query.from());
        }
        if (query.to() != null) {
            where.append(" and sessionDate <= :to");
            params.and("to", query.to());
        }
        if (query.after() != null) {
            where.append(" and (submittedAt < :at or (submittedAt = :at and id < :id))");
            params.and("at", query.after().submittedAt()).and("id", query.after().id());
        }
        List<Evaluation> rows = Evaluation.find(where + " order by submittedAt desc, id desc", params)
                .range(0, query.limit()).list(); // limit + 1 rows: the extra one says whether a next page exists
        if (rows.size() <= query.limit()) {
            return new EvaluationPage(rows, null);
        }
        List<Evaluation> page = rows.subList(0, query.limit());
        Evaluation last = page.get(page.size() - 1);
        return new EvaluationPage(page, new EvaluationQuery.Cursor(last.submittedAt, last.id));
    }
}
