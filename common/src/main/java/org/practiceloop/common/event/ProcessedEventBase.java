package org.practiceloop.common.event;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * A row of the idempotency log ({@link ProcessedEvents}), mapped once here and made an entity by
 * each consuming service ({@code @Entity @Table(name = "processed_event")}): an entity in common
 * would join every service's persistence unit, and one that consumes no events has no such table.
 */
@MappedSuperclass
public abstract class ProcessedEventBase {

    @Id
    @Column(name = "event_id")
    public UUID eventId;

    /** Null only for events processed before the log recorded it (those rows are no organisation's). */
    @TenantId
    @Column(name = "organization_id")
    public String organizationId;

    @Column(name = "processed_at", nullable = false)
    public Instant processedAt;
}
