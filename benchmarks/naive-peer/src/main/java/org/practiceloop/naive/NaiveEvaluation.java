package org.practiceloop.naive;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The stored evaluation: the same columns feedback-service's row has, public fields as Panache teaches. */
@Entity
public class NaiveEvaluation extends PanacheEntityBase {

    @Id
    public UUID id;
    public String candidateId;
    public String candidateEmail;
    public String candidateName;
    public String interviewerId;
    public String interviewerName;
    public LocalDate sessionDate;
    public String interviewType;
    public String targetRole;
    public String targetLevel;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<EvaluationResource.Rating> ratings;
    public String recommendation;
    public String strengths;
    public String improvements;
    public String comments;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> questions;
    public Instant submittedAt;
}
