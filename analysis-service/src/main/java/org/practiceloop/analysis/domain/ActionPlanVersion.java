package org.practiceloop.analysis.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;

/** One immutable version of a candidate's action plan. */
@Entity
@Table(name = "action_plan_version")
public class ActionPlanVersion extends PanacheEntityBase {

    @Id
    public UUID id;

    @TenantId
    @Column(name = "organization_id", nullable = false)
    public String organizationId;

    @Column(name = "candidate_id", nullable = false)
    public String candidateId;

    @Column(nullable = false)
    public int version;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public ActionPlan content;

    /** SHA-256 of the content: a new version is stored only when it differs. */
    @Column(name = "content_hash", nullable = false)
    public String contentHash;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static Optional<ActionPlanVersion> latest(String organizationId, String candidateId) {
        return find("organizationId = ?1 and candidateId = ?2 order by version desc", organizationId, candidateId)
                .firstResultOptional();
    }

    /** The version that was the latest at that instant (created before it). */
    public static Optional<ActionPlanVersion> latestBefore(String organizationId, String candidateId, Instant instant) {
        return find("organizationId = ?1 and candidateId = ?2 and createdAt < ?3 order by version desc",
                organizationId, candidateId, instant).firstResultOptional();
    }

    /** Every version of the candidate's plan, newest first. */
    public static List<ActionPlanVersion> allOf(String organizationId, String candidateId) {
        return list("organizationId = ?1 and candidateId = ?2 order by version desc", organizationId, candidateId);
    }

    public static Optional<ActionPlanVersion> find(String organizationId, String candidateId, int version) {
        return find("organizationId = ?1 and candidateId = ?2 and version = ?3", organizationId, candidateId, version)
                .firstResultOptional();
    }
}
