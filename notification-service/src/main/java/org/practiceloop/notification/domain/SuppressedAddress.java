package org.practiceloop.notification.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/** An address an SMTP server refused permanently (5xx), stored in lower case ({@link SuppressedAddresses}). */
@Entity
@Table(name = "suppressed_address")
@IdClass(SuppressedAddress.Key.class)
public class SuppressedAddress extends PanacheEntityBase {

    @Id
    @TenantId
    @Column(name = "organization_id")
    public String organizationId;

    @Id
    @Column(name = "email")
    public String email;

    @Column(nullable = false)
    public String reason;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public record Key(String organizationId, String email) implements Serializable {
    }
}
