package org.practiceloop.analysis.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/**
 * A drill the candidate ticked as done on their plan page, by the drill's id in the practice
 * library, so the tick carries over to every later plan version that keeps the drill.
 */
@Entity
@Table(name = "drill_progress")
@IdClass(CompletedDrill.Key.class)
public class CompletedDrill extends PanacheEntityBase {

    @Id
    @TenantId
    @Column(name = "organization_id")
    public String organizationId;

    @Id
    @Column(name = "candidate_id")
    public String candidateId;

    @Id
    @Column(name = "drill_id")
    public String drillId;

    @Column(name = "done_at", nullable = false)
    public Instant doneAt;

    public record Key(String organizationId, String candidateId, String drillId) implements Serializable {
    }
}
