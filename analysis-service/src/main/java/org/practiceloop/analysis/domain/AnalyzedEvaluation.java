package org.practiceloop.analysis.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;

/** The parts of a submitted evaluation that analysis needs: who, when, the ratings, and which revision they are. */
@Entity
@Table(name = "analyzed_evaluation")
public class AnalyzedEvaluation extends PanacheEntityBase {

    @Id
    @Column(name = "evaluation_id")
    public UUID evaluationId;

    @TenantId
    @Column(name = "organization_id", nullable = false)
    public String organizationId;

    @Column(name = "candidate_id", nullable = false)
    public String candidateId;

    @Column(name = "interviewer_id", nullable = false)
    public String interviewerId;

    @Column(name = "session_date", nullable = false)
    public LocalDate sessionDate;

    @Column(name = "interview_type", nullable = false)
    public String interviewType;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<CompetencyRating> ratings;

    @Column(name = "analyzed_at", nullable = false)
    public Instant analyzedAt;

    /** 1 for the original; each EvaluationRevised stored raises it. */
    @Column(nullable = false)
    public int revision;

    /** Where the partner is told what the candidate will not see; optional. */
    @Column(name = "interviewer_email")
    public String interviewerEmail;

    @Column(name = "amendable_until")
    public Instant amendableUntil;

    public static List<AnalyzedEvaluation> ofCandidate(String organizationId, String candidateId) {
        return list("organizationId = ?1 and candidateId = ?2 order by sessionDate, analyzedAt",
                organizationId, candidateId);
    }
}
