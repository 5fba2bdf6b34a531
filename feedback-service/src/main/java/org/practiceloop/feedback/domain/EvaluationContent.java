package org.practiceloop.feedback.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * What a partner wrote about a session: the part of an evaluation that an amendment replaces.
 * Shared by the evaluation (its latest revision) and the earlier revisions kept beside it.
 */
@MappedSuperclass
public abstract class EvaluationContent extends PanacheEntityBase {

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

    @Column(name = "interviewer_email")
    public String interviewerEmail;

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

    protected void copyContentOf(EvaluationContent other) {
        candidateId = other.candidateId;
        candidateEmail = other.candidateEmail;
        candidateName = other.candidateName;
        interviewerId = other.interviewerId;
        interviewerName = other.interviewerName;
        interviewerEmail = other.interviewerEmail;
        sessionDate = other.sessionDate;
        interviewType = other.interviewType;
        targetRole = other.targetRole;
        targetLevel = other.targetLevel;
        ratings = other.ratings;
        recommendation = other.recommendation;
        strengths = other.strengths;
        improvements = other.improvements;
        comments = other.comments;
        questions = other.questions;
        focusChecks = other.focusChecks;
    }
}
