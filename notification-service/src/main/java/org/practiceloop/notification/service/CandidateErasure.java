package org.practiceloop.notification.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * Erasure (GDPR): the candidate's plan emails (bodies, addresses, delivery log), preferences,
 * unsubscription, the suppression of their addresses and the webhook messages about them go;
 * what stays is a tombstone with the candidate's id, so that a plan made from evaluations
 * before the erasure is never emailed after it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CandidateErasure {

    private final EntityManager entityManager;
    private final ObjectMapper mapper;

    CandidateErasure(EntityManager entityManager, ObjectMapper mapper) {
        this.entityManager = entityManager;
        this.mapper = mapper;
    }

    @SuppressWarnings("unchecked")
    public void erase(String organizationId, String candidateId, Instant erasedAt) {
        List<String> addresses = entityManager.createNativeQuery(
                        "select distinct recipient from plan_email where organization_id = ?1 and candidate_id = ?2")
                .setParameter(1, organizationId).setParameter(2, candidateId).getResultList();
        for (String table : List.of("plan_email", "email_preference", "unsubscribed_candidate")) {
            entityManager.createNativeQuery("delete from " + table + " where organization_id = ?1 and candidate_id = ?2")
                    .setParameter(1, organizationId).setParameter(2, candidateId).executeUpdate();
        }
        for (String address : addresses) {
            entityManager.createNativeQuery(
                            "delete from suppressed_address where organization_id = ?1 and email = lower(?2)")
                    .setParameter(1, organizationId).setParameter(2, address).executeUpdate();
        }
        // Webhook messages about the candidate (sent or not): the platform is told by candidate.erased instead.
        entityManager.createNativeQuery("""
                        delete from webhook_delivery where organization_id = ?1 and event_type <> 'candidate.erased'
                        and strpos(payload, ?2) > 0""")
                .setParameter(1, organizationId).setParameter(2, "\"candidateId\":" + jsonString(candidateId))
                .executeUpdate();
        entityManager.createNativeQuery("""
                        insert into erased_candidate (organization_id, candidate_id, erased_at) values (?1, ?2, ?3)
                        on conflict (organization_id, candidate_id) do update set erased_at = excluded.erased_at""")
                .setParameter(1, organizationId).setParameter(2, candidateId).setParameter(3, erasedAt).executeUpdate();
    }

    /**
     * Whether the candidate is erased: plans arriving now were made from evaluations before the
     * erasure (analysis may still have been working on them), so they are not emailed.
     */
    public boolean isErased(String organizationId, String candidateId) {
        return !entityManager.createNativeQuery(
                        "select 1 from erased_candidate where organization_id = ?1 and candidate_id = ?2")
                .setParameter(1, organizationId).setParameter(2, candidateId).getResultList().isEmpty();
    }

    /**
     * An evaluation submitted after the erasure means the candidate is back: their new plans are
     * theirs to receive. Evaluations and erasures share a partition, so this comes in order.
     */
    public void comeBack(String organizationId, String candidateId, Instant submittedAt) {
        entityManager.createNativeQuery(
                        "delete from erased_candidate where organization_id = ?1 and candidate_id = ?2 and erased_at < ?3")
                .setParameter(1, organizationId).setParameter(2, candidateId).setParameter(3, submittedAt)
                .executeUpdate();
    }

    private String jsonString(String value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
