package org.practiceloop.feedback.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import io.quarkus.panache.common.Parameters;
import jakarta.persistence.LockModeType;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.practiceloop.common.event.EventEnvelope;
import org.practiceloop.common.trace.TraceParents;
import org.practiceloop.feedback.config.FeedbackConfig;
import org.practiceloop.feedback.domain.Evaluation;
import org.practiceloop.feedback.domain.EvaluationContent;
import org.practiceloop.feedback.domain.EvaluationRevision;
import org.practiceloop.feedback.messaging.EvaluationRevised;
import org.practiceloop.feedback.messaging.EvaluationSubmitted;
import org.practiceloop.outbox.OutboxWriter;

/** Accepts and amends evaluations: the row and its event are committed together, or not at all. */
@ApplicationScoped
@Transactional
public class EvaluationService {

    private final OutboxWriter outbox;
    private final Duration amendWindow;

    EvaluationService(OutboxWriter outbox, FeedbackConfig config) {
        this.outbox = outbox;
        this.amendWindow = config.amend().window();
    }

    public Evaluation submit(Evaluation evaluation) {
        submitAll(List.of(new Submission(evaluation, TraceParents.ofCurrentSpan())));
        return evaluation;
    }

    /** An evaluation to store, and the trace of the request that submitted it (null outside one). */
    public record Submission(Evaluation evaluation, String traceparent) {
    }

    /**
     * Stores the evaluations, then their events: in that order Hibernate sends each table's rows
     * as one JDBC batch (interleaved, every insert would end the batch of the other table).
     */
    public void submitAll(List<Submission> submissions) {
        for (Submission submission : submissions) {
            Evaluation evaluation = submission.evaluation();
            evaluation.id = UUID.randomUUID();
            evaluation.submittedAt = now();
            evaluation.revisedAt = evaluation.submittedAt;
            evaluation.amendableUntil = evaluation.submittedAt.plus(amendWindow);
            evaluation.persist();
        }
        for (Submission submission : submissions) {
            Evaluation evaluation = submission.evaluation();
            outbox.append(EvaluationSubmitted.TOPIC, EvaluationSubmitted.key(evaluation),
                    EventEnvelope.of(EvaluationSubmitted.TYPE, EvaluationSubmitted.VERSION, evaluation.organizationId,
                            EvaluationSubmitted.of(evaluation)), submission.traceparent());
        }
    }

    /**
     * Stores {@code next} as the evaluation's next revision, keeping the one it replaces, and
     * publishes it on the candidate's partition. Empty when the organisation has no such evaluation.
     *
     * @throws AmendWindowClosedException past the evaluation's amendableUntil
     * @throws CandidateChangedException when {@code next} is about another candidate
     */
    public Optional<Evaluation> amend(String organizationId, UUID id, EvaluationContent next) {
        // Locked, so two amendments at once become revisions n+1 and n+2, not two n+1.
        Optional<Evaluation> found = Evaluation.find("organizationId = ?1 and id = ?2", organizationId, id)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
        found.ifPresent(evaluation -> {
            Instant now = now();
            if (now.isAfter(evaluation.amendableUntil)) {
                throw new AmendWindowClosedException(evaluation.amendableUntil);
            }
            if (!evaluation.candidateId.equals(next.candidateId)) {
                throw new CandidateChangedException(evaluation.candidateId);
            }
            evaluation.revise(next, now).persist();
            outbox.append(EvaluationSubmitted.TOPIC, EvaluationSubmitted.key(evaluation),
                    EventEnvelope.of(EvaluationRevised.TYPE, EvaluationRevised.VERSION, evaluation.organizationId,
                            EvaluationRevised.of(evaluation)));
        });
        return found;
    }

    /** Every revision of the evaluation, oldest first: the earlier ones kept, then the evaluation itself. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Revisions> revisions(String organizationId, UUID id) {
        return find(organizationId, id).map(e -> new Revisions(e, EvaluationRevision.earlierThan(e)));
    }

    /** An evaluation (its latest revision) and the revisions before it, oldest first. */
    public record Revisions(Evaluation latest, List<EvaluationRevision> earlier) {
    }

    /** Microseconds, as PostgreSQL keeps them, so a page cursor compares equal to the stored value. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
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
