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
import org.hibernate.annotations.TenantId;

/** A real interview the candidate took, with what the company said afterwards; never changed, only deleted. */
@Entity
@Table(name = "interview")
public class Interview extends PanacheEntityBase {

    @Id
    public UUID id;

    @TenantId
    @Column(name = "organization_id", nullable = false)
    public String organizationId;

    @Column(name = "candidate_id", nullable = false)
    public String candidateId;

    public String company;

    @Column(nullable = false)
    public String role;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public InterviewStage stage;

    @Column(name = "interview_date", nullable = false)
    public LocalDate interviewDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public InterviewOutcome outcome;

    /** As the candidate received it: a rejection email with its greeting and signature, typically. */
    public String feedback;

    @Column(name = "logged_at", nullable = false)
    public Instant loggedAt;

    public static List<Interview> ofCandidate(String organizationId, String candidateId) {
        return list("organizationId = ?1 and candidateId = ?2 order by interviewDate desc, loggedAt desc",
                organizationId, candidateId);
    }

    public static Optional<Interview> findOfCandidate(String organizationId, String candidateId, UUID id) {
        return find("organizationId = ?1 and candidateId = ?2 and id = ?3", organizationId, candidateId, id)
                .firstResultOptional();
    }
}
