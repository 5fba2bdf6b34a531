package org.practiceloop.notification.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Addresses an SMTP server refused permanently: mailing them again would only hurt the sender's reputation. */
@ApplicationScoped
public class SuppressedAddresses {

    private final EntityManager entityManager;

    SuppressedAddresses(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Native for ON CONFLICT: two emails to one address may be refused at once. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void suppress(String organizationId, String email, String reason) {
        entityManager.createNativeQuery("""
                        insert into suppressed_address (organization_id, email, reason, created_at)
                        values (?1, lower(?2), ?3, now()) on conflict do nothing""")
                .setParameter(1, organizationId).setParameter(2, email).setParameter(3, reason)
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public boolean isSuppressed(String organizationId, String email) {
        return SuppressedAddress.count("organizationId = ?1 and email = lower(?2)", organizationId, email) > 0;
    }
}
