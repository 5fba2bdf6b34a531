package org.practiceloop.notification.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The email for one plan version of one candidate: rendered when the event arrives, then sent
 * by the dispatcher. Unique per (organisation, candidate, version), so a version is emailed once.
 */
@Entity
@Table(name = "plan_email")
public class PlanEmail extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "organization_id", nullable = false)
    public String organizationId;

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

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(name = "last_error")
    public String lastError;

    /** The signed one-click unsubscribe link (RFC 8058) carried by this email. */
    @Column(name = "unsubscribe_url")
    public String unsubscribeUrl;

    /** Stable across retries, so a receiving server can drop a second copy. */
    public String messageId() {
        return "<plan-" + id + "@practiceloop>";
    }

    public static List<PlanEmail> ofCandidate(String organizationId, String candidateId) {
        return list("organizationId = ?1 and candidateId = ?2 order by planVersion desc", organizationId, candidateId);
    }
}
