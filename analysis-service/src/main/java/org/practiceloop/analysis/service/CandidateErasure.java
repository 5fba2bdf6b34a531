package org.practiceloop.analysis.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.practiceloop.analysis.domain.ActionPlanVersion;
import org.practiceloop.analysis.domain.AnalyzedEvaluation;
import org.practiceloop.analysis.domain.CandidateContact;
import org.practiceloop.analysis.domain.CompletedDrill;
import org.practiceloop.analysis.domain.FeedbackItem;
import org.practiceloop.analysis.domain.FocusCheckIn;
import org.practiceloop.analysis.domain.LabelCorrection;
import org.practiceloop.analysis.domain.LoggedInterview;
import org.practiceloop.analysis.messaging.CandidateErased;
import org.practiceloop.common.event.EventEnvelope;
import org.practiceloop.outbox.OutboxWriter;

/**
 * Erasure (GDPR): every row this service holds about the candidate goes, with the plan events
 * still waiting in the outbox (so no plan email follows the erasure). It arrives on the
 * candidate's partition after their evaluations and interviews, so none of them is analysed afterwards.
 */
@ApplicationScoped
public class CandidateErasure {

    private static final String CANDIDATE = "organizationId = ?1 and candidateId = ?2";

    private final OutboxWriter outbox;
    private final CandidateLock candidates;

    CandidateErasure(OutboxWriter outbox, CandidateLock candidates) {
        this.outbox = outbox;
        this.candidates = candidates;
    }

    @Transactional
    public void erase(EventEnvelope<CandidateErased> event) {
        String organizationId = event.organizationId();
        String candidateId = event.data().candidateId();
        // First: it may wait for the relay's claim on those rows, and a tick must not wait with it.
        outbox.discard(organizationId + "/" + candidateId);
        candidates.lock(organizationId, candidateId); // waits for a drill being ticked, so its row goes too
        LabelCorrection.delete(CANDIDATE, organizationId, candidateId); // and with them their exemplars; before the items
        FeedbackItem.delete(CANDIDATE, organizationId, candidateId); // before the evaluations and interviews they reference
        FocusCheckIn.delete(CANDIDATE, organizationId, candidateId); // before the evaluations they reference
        AnalyzedEvaluation.delete(CANDIDATE, organizationId, candidateId);
        LoggedInterview.delete(CANDIDATE, organizationId, candidateId);
        ActionPlanVersion.delete(CANDIDATE, organizationId, candidateId);
        CandidateContact.delete(CANDIDATE, organizationId, candidateId);
        CompletedDrill.delete(CANDIDATE, organizationId, candidateId);
    }
}
