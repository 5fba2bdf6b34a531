package org.practiceloop.notification.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.MappedSuperclass;
import java.io.Serializable;
import org.hibernate.annotations.TenantId;

/** What a table with at most one row per candidate (a choice, an unsubscription, a tombstone) is keyed by. */
@MappedSuperclass
@IdClass(CandidateRow.Key.class)
public abstract class CandidateRow extends PanacheEntityBase {

    @Id
    @TenantId
    @Column(name = "organization_id")
    public String organizationId;

    @Id
    @Column(name = "candidate_id")
    public String candidateId;

    public record Key(String organizationId, String candidateId) implements Serializable {
    }
}
