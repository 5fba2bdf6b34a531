package org.practiceloop.notification.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.MappedSuperclass;
import java.io.Serializable;
import org.hibernate.annotations.TenantId;

/** What a table with at most one row per email address (a suppression, a partner's opt-out) is keyed by; stored in lower case. */
@MappedSuperclass
@IdClass(AddressRow.Key.class)
public abstract class AddressRow extends PanacheEntityBase {

    @Id
    @TenantId
    @Column(name = "organization_id")
    public String organizationId;

    @Id
    @Column(name = "email")
    public String email;

    public record Key(String organizationId, String email) implements Serializable {
    }
}
