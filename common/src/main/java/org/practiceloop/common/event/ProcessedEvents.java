package org.practiceloop.common.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * A consumer's idempotency log: table {@code processed_event (event_id uuid primary key,
 * organization_id text, processed_at timestamptz)} in each consuming service, mapped by its
 * {@link ProcessedEventBase} entity. Marking happens in the transaction that applies the event's
 * effects, and the insert is race-free: of two deliveries, only one marks it. That takes
 * {@code ON CONFLICT DO NOTHING}, so the insert is native and names the event's organisation itself.
 */
@ApplicationScoped
public class ProcessedEvents {

    private final EntityManager entityManager;

    ProcessedEvents(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** True when this event was not processed before. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean markProcessed(EventEnvelope<?> event) {
        return entityManager.createNativeQuery("""
                        insert into processed_event (event_id, organization_id, processed_at) values (?1, ?2, now())
                        on conflict do nothing""")
                .setParameter(1, event.eventId())
                .setParameter(2, event.organizationId())
                .executeUpdate() == 1;
    }
}
