package org.practiceloop.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.practiceloop.notification.config.NotificationConfig;
import org.practiceloop.notification.domain.CandidateRow;
import org.practiceloop.notification.domain.ChosenFrequency;
import org.practiceloop.notification.domain.DeliveryStatus;
import org.practiceloop.notification.domain.EmailFrequency;

/**
 * At most one plan email per candidate per window: the window the candidate chose (each update,
 * daily, weekly), else the configured one. The first email goes at once; a later one waits until
 * the window after the last email has passed.
 */
@ApplicationScoped
@Transactional
public class EmailPacing {

    private final EntityManager entityManager;
    private final Duration defaultWindow;

    EmailPacing(EntityManager entityManager, NotificationConfig config) {
        this.entityManager = entityManager;
        this.defaultWindow = config.email().pacingWindow();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<EmailFrequency> chosenFrequency(String organizationId, String candidateId) {
        return ChosenFrequency.<ChosenFrequency>findByIdOptional(new CandidateRow.Key(organizationId, candidateId))
                .map(chosen -> chosen.frequency);
    }

    public Duration window(String organizationId, String candidateId) {
        return chosenFrequency(organizationId, candidateId).map(EmailFrequency::window).orElse(defaultWindow);
    }

    /** The earliest time the candidate's next plan email may go. */
    public Instant notBefore(String organizationId, String candidateId, Instant now) {
        Instant lastEmail = entityManager.createQuery("""
                        select max(coalesce(e.sentAt, e.claimedAt)) from PlanEmail e
                        where e.organizationId = ?1 and e.candidateId = ?2 and e.status in ?3""", Instant.class)
                .setParameter(1, organizationId).setParameter(2, candidateId)
                .setParameter(3, List.of(DeliveryStatus.SENT, DeliveryStatus.SENDING))
                .getSingleResult();
        if (lastEmail == null) {
            return now;
        }
        Instant next = lastEmail.plus(window(organizationId, candidateId));
        return next.isAfter(now) ? next : now;
    }

    /** Stores the choice, and moves an email that is waiting for the old window to the new one. */
    public void choose(String organizationId, String candidateId, EmailFrequency frequency) {
        // Native for ON CONFLICT: the page and the API may choose for one candidate at once.
        entityManager.createNativeQuery("""
                        insert into email_preference (organization_id, candidate_id, frequency, updated_at)
                        values (?1, ?2, ?3, now())
                        on conflict (organization_id, candidate_id)
                        do update set frequency = excluded.frequency, updated_at = excluded.updated_at""")
                .setParameter(1, organizationId).setParameter(2, candidateId).setParameter(3, frequency.name())
                .executeUpdate();
        entityManager.createQuery("""
                        update PlanEmail e set e.nextAttemptAt = ?3
                        where e.organizationId = ?1 and e.candidateId = ?2 and e.status = ?4 and e.attempts = 0""")
                .setParameter(1, organizationId).setParameter(2, candidateId)
                .setParameter(3, notBefore(organizationId, candidateId, Instant.now()))
                .setParameter(4, DeliveryStatus.PENDING)
                .executeUpdate();
    }
}
