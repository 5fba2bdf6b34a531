package org.practiceloop.outbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * An event waiting to be published. Each service that uses the outbox creates the
 * {@code outbox_message} table in its own Flyway migration (see this module's README).
 */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage extends PanacheEntityBase {

    /** The event's id: consumers drop a second delivery of the same id. */
    @Id
    public UUID id;

    /**
     * The event's organisation; the relay, acting as the service, publishes every organisation's.
     * Always set, though the column allows null for rows from before it existed (rolling upgrade).
     */
    @TenantId
    @Column(name = "organization_id")
    public String organizationId;

    @Column(nullable = false)
    public String topic;

    @Column(name = "message_key", nullable = false)
    public String key;

    @Column(nullable = false, columnDefinition = "text")
    public String payload;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(nullable = false)
    public int attempts;

    /** The writer's trace (W3C traceparent), continued by the relay's publish; null outside a trace. */
    public String traceparent;

    public static long countPending() {
        return count("publishedAt is null");
    }
}
