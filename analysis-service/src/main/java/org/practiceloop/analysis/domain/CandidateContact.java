package org.practiceloop.analysis.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Optional;
import org.hibernate.annotations.TenantId;

/** Where a candidate's plan goes; the newest evaluation's contact wins. */
@Entity
@Table(name = "candidate_contact")
@IdClass(CandidateContact.Key.class)
public class CandidateContact extends PanacheEntityBase {

    @Id
    @TenantId
    @Column(name = "organization_id")
    public String organizationId;

    @Id
    @Column(name = "candidate_id")
    public String candidateId;

    @Column(nullable = false)
    public String email;

    public String name;

    public record Key(String organizationId, String candidateId) implements Serializable {
    }

    public static Optional<CandidateContact> find(String organizationId, String candidateId) {
        return findByIdOptional(new Key(organizationId, candidateId));
    }
}
