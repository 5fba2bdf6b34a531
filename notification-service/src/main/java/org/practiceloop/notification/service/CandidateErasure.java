package org.practiceloop.notification.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.practiceloop.notification.domain.CandidateRow;
import org.practiceloop.notification.domain.ChosenFrequency;
import org.practiceloop.notification.domain.ErasedCandidate;
import org.practiceloop.notification.domain.PartnerEmail;
import org.practiceloop.notification.domain.PlanEmail;
import org.practiceloop.notification.domain.SuppressedAddress;
import org.practiceloop.notification.domain.UnsubscribedCandidate;
import org.practiceloop.notification.domain.WebhookDelivery;
import org.practiceloop.notification.domain.WebhookEventType;

/**
 * Erasure (GDPR): the candidate's plan emails (bodies, addresses, delivery log), the partners'
 * emails about their sessions, preferences,
 * unsubscription, the suppression of their addresses and the webhook messages about them go;
 * what stays is a tombstone with the candidate's id, so that a plan made from evaluations
 * before the erasure is never emailed after it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CandidateErasure {

    private static final String CANDIDATE = "organizationId = ?1 and candidateId = ?2";

    private final EntityManager entityManager;
    private final ObjectMapper mapper;

    CandidateErasure(EntityManager entityManager, ObjectMapper mapper) {
        this.entityManager = entityManager;
        this.mapper = mapper;
    }

    public void erase(String organizationId, String candidateId, Instant erasedAt) {
        List<String> addresses = entityManager.createQuery("""
                        select distinct e.recipient from PlanEmail e where e.organizationId = ?1 and e.candidateId = ?2""",
                        String.class)
                .setParameter(1, organizationId).setParameter(2, candidateId).getResultList();
        PlanEmail.delete(CANDIDATE, organizationId, candidateId);
        // The partner's emails about the candidate's sessions quote the feedback on them.
        PartnerEmail.delete(CANDIDATE, organizationId, candidateId);
        ChosenFrequency.delete(CANDIDATE, organizationId, candidateId);
        UnsubscribedCandidate.delete(CANDIDATE, organizationId, candidateId);
        for (String address : addresses) {
            SuppressedAddress.delete("organizationId = ?1 and email = lower(?2)", organizationId, address);
        }
        // Webhook messages about the candidate (sent or not): the platform is told by candidate.erased instead.
        WebhookDelivery.delete("organizationId = ?1 and eventType <> ?2 and locate(?3, payload) > 0", organizationId,
                WebhookEventType.CANDIDATE_ERASED.toString(), "\"candidateId\":" + jsonString(candidateId));
        // No upsert needed: a candidate's erasures and evaluations share a partition, so they come one at a time.
        ErasedCandidate tombstone = ErasedCandidate.findById(new CandidateRow.Key(organizationId, candidateId));
        if (tombstone != null) {
            tombstone.erasedAt = erasedAt;
            return;
        }
        tombstone = new ErasedCandidate();
        tombstone.organizationId = organizationId;
        tombstone.candidateId = candidateId;
        tombstone.erasedAt = erasedAt;
        tombstone.persist();
    }

    /**
     * Whether the candidate is erased: plans arriving now were made from evaluations before the
     * erasure (analysis may still have been working on them), so they are not emailed.
     */
    public boolean isErased(String organizationId, String candidateId) {
        return ErasedCandidate.findById(new CandidateRow.Key(organizationId, candidateId)) != null;
    }

    /**
     * An evaluation submitted after the erasure means the candidate is back: their new plans are
     * theirs to receive. Evaluations and erasures share a partition, so this comes in order.
     */
    public void comeBack(String organizationId, String candidateId, Instant submittedAt) {
        ErasedCandidate.delete(CANDIDATE + " and erasedAt < ?3", organizationId, candidateId, submittedAt);
    }

    private String jsonString(String value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
