package org.practiceloop.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The email for one plan version of one candidate: rendered when the event arrives, then sent
 * by the dispatcher. Unique per (organisation, candidate, version), so a version is emailed once.
 */
@Entity
@Table(name = "plan_email")
public class PlanEmail extends QueuedMessage {

    @Column(name = "candidate_id", nullable = false)
    public String candidateId;

    @Column(name = "plan_version", nullable = false)
    public int planVersion;

    @Column(nullable = false)
    public String recipient;

    @Column(nullable = false)
    public String subject;

    @Column(name = "html_body", nullable = false)
    public String htmlBody;

    @Column(name = "text_body", nullable = false)
    public String textBody;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DeliveryStatus status;

    /** The plan version that replaced it while it waited (SUPERSEDED). */
    @Column(name = "superseded_by")
    public Integer supersededBy;

    /** Earlier versions this email brings together, never emailed on their own. */
    @Column(name = "replaces_versions", nullable = false)
    public int replacesVersions;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    /** The signed one-click unsubscribe link (RFC 8058) carried by this email. */
    @Column(name = "unsubscribe_url")
    public String unsubscribeUrl;

    @Override
    public boolean isSending() {
        return status == DeliveryStatus.SENDING;
    }

    @Override
    public void enter(State state) {
        status = DeliveryStatus.valueOf(state.name());
    }

    /** Stable across retries, so a receiving server can drop a second copy. */
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
