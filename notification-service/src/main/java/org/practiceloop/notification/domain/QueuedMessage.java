package org.practiceloop.notification.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * What both outgoing queues (plan emails, webhook deliveries) keep per message, so one helper
 * ({@code DeliveryQueue}) claims, leases and retries either: its organisation, its attempts,
 * when the next one is due, when a dispatcher claimed it, why the last one failed, and the trace
 * that queued it.
 */
@MappedSuperclass
public abstract class QueuedMessage extends PanacheEntityBase {

    /** The states the queue moves a message between; each message's status has them by these names. */
    public enum State {
        PENDING, SENDING, FAILED
    }

    @Id
    public UUID id;

    @TenantId
    @Column(name = "organization_id", nullable = false)
    public String organizationId;

    /** Attempts so far, the one in progress included. */
    @Column(nullable = false)
    public int attempts;

    /** When it may be sent: at once, the end of a pacing window, or the next retry. */
    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    /** When a dispatcher moved it to SENDING; the lease runs from then. */
    @Column(name = "claimed_at")
    public Instant claimedAt;

    @Column(name = "last_error")
    public String lastError;

    /** The W3C traceparent of the span that queued it; its send continues that trace. */
    public String traceparent;

    public abstract boolean isSending();

    public abstract void enter(State state);
}
