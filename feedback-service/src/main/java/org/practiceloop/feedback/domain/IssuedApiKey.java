package org.practiceloop.feedback.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hibernate.annotations.TenantId;

/** A key issued to an organisation, as the operator sees it: never the key itself, nor its hash. */
@Entity
@Table(name = "issued_api_key")
public class IssuedApiKey extends PanacheEntityBase {

    @Id
    @Column(name = "key_id")
    public String keyId;

    @TenantId
    @Column(name = "organization_id", nullable = false)
    public String organizationId;

    @Column(nullable = false)
    public String name;

    /** Wire names separated by spaces. */
    @Column(nullable = false)
    public String scopes;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    /** The key that replaced this one when it was rotated. */
    @Column(name = "replaced_by")
    public String replacedBy;

    public static List<IssuedApiKey> ofOrganization(String organizationId) {
        return list("organizationId = ?1 order by createdAt", organizationId);
    }

    public static Optional<IssuedApiKey> issuedTo(String organizationId, String keyId) {
        return find("organizationId = ?1 and keyId = ?2", organizationId, keyId).firstResultOptional();
    }
}
