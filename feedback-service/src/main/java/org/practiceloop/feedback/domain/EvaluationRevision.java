package org.practiceloop.feedback.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** An earlier revision of an evaluation, kept as it was when an amendment replaced it. */
@Entity
@Table(name = "evaluation_revision")
public class EvaluationRevision extends EvaluationContent {

    @Id
    public UUID id;

    @TenantId
    @Column(name = "organization_id", nullable = false)
    public String organizationId;

    @Column(name = "evaluation_id", nullable = false)
    public UUID evaluationId;

    @Column(nullable = false)
    public int revision;

    @Column(name = "revised_at", nullable = false)
    public Instant revisedAt;

    /** The evaluation's current revision, as a revision of its own. */
    static EvaluationRevision of(Evaluation evaluation) {
        EvaluationRevision kept = new EvaluationRevision();
        kept.id = UUID.randomUUID();
        kept.organizationId = evaluation.organizationId;
        kept.evaluationId = evaluation.id;
        kept.revision = evaluation.revision;
        kept.revisedAt = evaluation.revisedAt;
        kept.copyContentOf(evaluation);
        return kept;
    }

    /** Every earlier revision of the evaluation, oldest first. */
    public static List<EvaluationRevision> earlierThan(Evaluation evaluation) {
        return list("organizationId = ?1 and evaluationId = ?2 order by revision", evaluation.organizationId,
                evaluation.id);
    }
}
