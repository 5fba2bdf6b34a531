package org.practiceloop.feedback.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/** What a client's Idempotency-Key was first used for, and the answer it got. */
@Entity
@Table(name = "idempotency_key")
@IdClass(IdempotencyRecord.Key.class)
public class IdempotencyRecord extends PanacheEntityBase {

    /** Claimed, its work not committed yet. */
    public static final String IN_FLIGHT = "IN_FLIGHT";
    /** Its work committed with the answer stored here. */
    public static final String COMPLETED = "COMPLETED";

    @Id
    @TenantId
    @Column(name = "organization_id")
    public String organizationId;

    @Id
    @Column(name = "idempotency_key")
    public String idempotencyKey;

    /** SHA-256 of the request as parsed, so formatting differences do not count as a different body. */
    @Column(name = "request_hash", nullable = false)
    public String requestHash;

    @Column(nullable = false)
    public String state;

    @Column(name = "response_status")
    public Integer responseStatus;

    @Column(name = "response_body")
    public String responseBody;

    @Column(name = "response_location")
    public String responseLocation;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    public record Key(String organizationId, String idempotencyKey) implements Serializable {
    }
}
