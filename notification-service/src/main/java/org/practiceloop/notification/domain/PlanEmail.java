package org.practiceloop.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.util.List;
import java.util.Optional;

/**
 * The email for one plan version of one candidate: rendered when the event arrives, then sent
 * by the dispatcher. Unique per (organisation, candidate, version), so a version is emailed once.
 */
@Entity
@Table(name = "plan_email")
public class PlanEmail extends OutgoingEmail {

    @Column(name = "candidate_id", nullable = false)
    public String candidateId;

    @Column(name = "plan_version", nullable = false)
    public int planVersion;

    /** The plan version that replaced it while it waited (SUPERSEDED). */
    @Column(name = "superseded_by")
    public Integer supersededBy;

    /** Earlier versions this email brings together, never emailed on their own. */
    @Column(name = "replaces_versions", nullable = false)
    public int replacesVersions;

    @Override
    public String messageId() {
        return "<plan-" + id + "@practiceloop>";
    }

    public static Optional<PlanEmail> forVersion(String organizationId, String candidateId, int planVersion) {
        return find("organizationId = ?1 and candidateId = ?2 and planVersion = ?3", organizationId, candidateId,
                planVersion).firstResultOptional();
    }

    /**
     * The candidate's emails that have not been sent yet and may still be replaced by a newer
     * version, locked: one a dispatcher claims meanwhile is no longer PENDING once the lock is
     * granted, so it is not replaced behind the dispatcher's back.
     */
    public static List<PlanEmail> waiting(String organizationId, String candidateId) {
        return find("organizationId = ?1 and candidateId = ?2 and status = ?3", organizationId, candidateId,
                DeliveryStatus.PENDING).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    public static List<PlanEmail> ofCandidate(String organizationId, String candidateId) {
        return list("organizationId = ?1 and candidateId = ?2 order by planVersion desc", organizationId, candidateId);
    }
}
