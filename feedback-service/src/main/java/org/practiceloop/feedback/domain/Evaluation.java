package org.practiceloop.feedback.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * An evaluation a partner submitted after a mock interview, as its latest revision: amending it
 * (within {@link #amendableUntil}) keeps the revision it replaces as an {@link EvaluationRevision}.
 */
@Entity
@Table(name = "evaluation")
public class Evaluation extends EvaluationContent {

    @Id
    public UUID id;

    @TenantId
    @Column(name = "organization_id", nullable = false)
    public String organizationId;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;

    /** 1 for the evaluation as submitted, then one more for each amendment. */
    @Column(nullable = false)
    public int revision = 1;

    /** When the latest revision was stored: {@link #submittedAt} until the first amendment. */
    @Column(name = "revised_at", nullable = false)
    public Instant revisedAt;

    /** The deadline for amendments, fixed at submission (it is what the partner's link and the events promise). */
    @Column(name = "amendable_until", nullable = false)
    public Instant amendableUntil;

    /** SHA-256 of an imported row, so a retried import does not store it twice; null for API and form submissions. */
    @Column(name = "import_fingerprint")
    public String importFingerprint;

    /**
     * Makes {@code next} the latest revision and answers the one it replaces, for keeping. The
     * submission time and the deadline stay those of the original.
     */
    public EvaluationRevision revise(EvaluationContent next, Instant at) {
        EvaluationRevision replaced = EvaluationRevision.of(this);
        copyContentOf(next);
        revision++;
        revisedAt = at;
        return replaced;
    }

    public static Optional<Evaluation> findImported(String organizationId, String fingerprint) {
        return find("organizationId = ?1 and importFingerprint = ?2", organizationId, fingerprint).firstResultOptional();
    }

    public static Optional<Evaluation> findInOrganization(String organizationId, UUID id) {
        return find("organizationId = ?1 and id = ?2", organizationId, id).firstResultOptional();
    }
}
