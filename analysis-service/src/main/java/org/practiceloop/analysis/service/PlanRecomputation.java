package org.practiceloop.analysis.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.practiceloop.analysis.domain.AnalyzedEvaluation;
import org.practiceloop.analysis.domain.CandidateContact;
import org.practiceloop.analysis.domain.FeedbackItem;
import org.practiceloop.analysis.domain.FocusCheckIn;
import org.practiceloop.analysis.domain.Label;
import org.practiceloop.analysis.domain.LoggedInterview;
import org.practiceloop.analysis.messaging.ActionPlanUpdated;
import org.practiceloop.common.event.EventEnvelope;
import org.practiceloop.outbox.OutboxWriter;

/**
 * The candidate's themes recomputed from everything stored, a new plan version when the plan
 * changed, and that version's event, in the caller's transaction.
 */
@ApplicationScoped
public class PlanRecomputation {

    private static final Logger LOG = Logger.getLogger(PlanRecomputation.class);

    private final ThemeAggregator aggregator;
    private final ActionPlanBuilder planBuilder;
    private final ActionPlanService plans;
    private final OutboxWriter outbox;
    private final PlanPageService planPage;

    PlanRecomputation(ThemeAggregator aggregator, ActionPlanBuilder planBuilder, ActionPlanService plans,
            OutboxWriter outbox, PlanPageService planPage) {
        this.aggregator = aggregator;
        this.planBuilder = planBuilder;
        this.plans = plans;
        this.outbox = outbox;
        this.planPage = planPage;
    }

    /**
     * Nothing happens for a candidate no evaluation has reached yet: without one there is no
     * address to send a plan to, and their first evaluation recomputes with the interviews stored by then.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recompute(String organizationId, String candidateId) {
        Optional<CandidateContact> contact = CandidateContact.find(organizationId, candidateId);
        if (contact.isEmpty()) {
            return;
        }
        List<FeedbackItem> items = FeedbackItem.ofCandidate(organizationId, candidateId);
        long shielded = items.stream().filter(i -> i.label == Label.NON_ACTIONABLE).count();
        var latestChecks = CheckIns.latest(FocusCheckIn.ofCandidate(organizationId, candidateId));
        var themes = CheckIns.apply(aggregator.aggregate(AnalyzedEvaluation.ofCandidate(organizationId, candidateId),
                LoggedInterview.ofCandidate(organizationId, candidateId), items), latestChecks);
        plans.storeIfChanged(organizationId, candidateId, planBuilder.build(themes, (int) shielded, latestChecks))
                .ifPresent(version -> {
                    ActionPlanUpdated updated = new ActionPlanUpdated(
                            new ActionPlanUpdated.Candidate(candidateId, contact.get().email, contact.get().name),
                            version.version, version.content,
                            planPage.drillsDone(organizationId, candidateId, version.content),
                            planPage.link(organizationId, candidateId), version.createdAt);
                    outbox.append(ActionPlanUpdated.TOPIC, organizationId + "/" + candidateId,
                            EventEnvelope.of(ActionPlanUpdated.TYPE, ActionPlanUpdated.VERSION, organizationId, updated));
                    LOG.infof("Candidate's plan: version %d", version.version);
                });
    }
}
