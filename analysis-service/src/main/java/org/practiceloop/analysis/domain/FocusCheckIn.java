package org.practiceloop.analysis.domain;

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
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * A partner's check of one focus area of the candidate's plan at a session, kept only when the
 * theme was a focus area of the plan current when the evaluation arrived. The partner's note is
 * kept for the organisation but never reaches the candidate's plan: it was not labelled.
 */
@Entity
@Table(name = "focus_check")
public class FocusCheckIn extends PanacheEntityBase {

    @Id
    public UUID id;

    @TenantId
    @Column(name = "organization_id", nullable = false)
    public String organizationId;

    @Column(name = "candidate_id", nullable = false)
    public String candidateId;

    @Column(name = "evaluation_id", nullable = false)
    public UUID evaluationId;

    @Column(name = "interviewer_id", nullable = false)
    public String interviewerId;

    @Column(name = "interviewer_name")
    public String interviewerName;

    @Column(name = "session_date", nullable = false)
    public LocalDate sessionDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Theme theme;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CheckProgress progress;

    public String note;

    @Column(name = "checked_at", nullable = false)
    public Instant checkedAt;

    /** The candidate's checks in the order the sessions took place. */
    public static List<FocusCheckIn> ofCandidate(String organizationId, String candidateId) {
        return list("organizationId = ?1 and candidateId = ?2 order by sessionDate, checkedAt", organizationId,
                candidateId);
    }
}
