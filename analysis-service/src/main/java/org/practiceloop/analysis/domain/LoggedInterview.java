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
import org.hibernate.annotations.TenantId;

/** A real interview the candidate logged: when, where, how it ended. Its feedback lives on as items. */
@Entity
@Table(name = "logged_interview")
public class LoggedInterview extends PanacheEntityBase {

    @Id
    @Column(name = "interview_id")
    public UUID interviewId;

    @TenantId
    @Column(name = "organization_id", nullable = false)
    public String organizationId;

    @Column(name = "candidate_id", nullable = false)
    public String candidateId;

    public String company;

    @Column(nullable = false)
    public String role;

    /** {@code screen}, {@code technical}, {@code onsite}, {@code final}, as the contract spells them. */
    @Column(nullable = false)
    public String stage;

    @Column(name = "interview_date", nullable = false)
    public LocalDate interviewDate;

    /** {@code offer}, {@code rejected}, {@code withdrew}, {@code pending}. */
    @Column(nullable = false)
    public String outcome;

    @Column(name = "logged_at", nullable = false)
    public Instant loggedAt;

    public static List<LoggedInterview> ofCandidate(String organizationId, String candidateId) {
        return list("organizationId = ?1 and candidateId = ?2 order by interviewDate, loggedAt",
                organizationId, candidateId);
    }
}
