package org.practiceloop.feedback.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;

/** An evaluation a partner submitted after a mock interview; never changed once accepted. */
@Entity
@Table(name = "evaluation")
public class Evaluation extends PanacheEntityBase {

    @Id
    public UUID id;

    @TenantId
    @Column(name = "organization_id", nullable = false)
    public String organizationId;

    @Column(name = "candidate_id", nullable = false)
    public String candidateId;

    @Column(name = "candidate_email", nullable = false)
    public String candidateEmail;

    @Column(name = "candidate_name")
    public String candidateName;

    @Column(name = "interviewer_id", nullable = false)
    public String interviewerId;

    @Column(name = "interviewer_name")
    public String interviewerName;

    @Column(name = "session_date", nullable = false)
    public LocalDate sessionDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "interview_type", nullable = false)
    public InterviewType interviewType;

    @Column(name = "target_role")
    public String targetRole;

    @Column(name = "target_level")
    public String targetLevel;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Rating> ratings;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Recommendation recommendation;

    public String strengths;
    public String improvements;
    public String comments;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> questions;

    /** The partner's check of the candidate's focus areas; null when none was given. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "focus_checks")
    public List<FocusCheck> focusChecks;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;

    /** SHA-256 of an imported row, so a retried import does not store it twice; null for API and form submissions. */
    @Column(name = "import_fingerprint")
    public String importFingerprint;

    public static Optional<Evaluation> findImported(String organizationId, String fingerprint) {
        return find("organizationId = ?1 and importFingerprint = ?2", organizationId, fingerprint).firstResultOptional();
    }

    public static Optional<Evaluation> findInOrganization(String organizationId, UUID id) {
        return find("organizationId = ?1 and id = ?2", organizationId, id).firstResultOptional();
    }
}
