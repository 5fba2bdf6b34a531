package org.practiceloop.analysis.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.practiceloop.analysis.domain.AnalyzedEvaluation;
import org.practiceloop.analysis.domain.CandidateContact;
import org.practiceloop.analysis.domain.Classification;
import org.practiceloop.analysis.domain.CompetencyRating;
import org.practiceloop.analysis.domain.EvaluationTexts;
import org.practiceloop.analysis.domain.FeedbackItem;
import org.practiceloop.analysis.domain.Label;
import org.practiceloop.analysis.domain.LabelledItem;
import org.practiceloop.analysis.messaging.ActionPlanUpdated;
import org.practiceloop.analysis.messaging.EvaluationSubmitted;
import org.practiceloop.common.event.EventEnvelope;
import org.practiceloop.outbox.OutboxWriter;

/**
 * Analyses one evaluation in one transaction: its items, the candidate's themes recomputed
 * from everything stored, a new plan version when the plan changed, and that version's event.
 */
@ApplicationScoped
public class EvaluationAnalysisService {

    private static final Logger LOG = Logger.getLogger(EvaluationAnalysisService.class);

    private final EvaluationItems evaluationItems;
    private final ThemeAggregator aggregator;
    private final ActionPlanBuilder planBuilder;
    private final ActionPlanService plans;
    private final OutboxWriter outbox;
    private final PlanPageService planPage;

    EvaluationAnalysisService(EvaluationItems evaluationItems, ThemeAggregator aggregator, ActionPlanBuilder planBuilder,
            ActionPlanService plans, OutboxWriter outbox,
            PlanPageService planPage) {
        this.evaluationItems = evaluationItems;
        this.aggregator = aggregator;
        this.planBuilder = planBuilder;
        this.plans = plans;
        this.outbox = outbox;
        this.planPage = planPage;
    }

    @Transactional
    public void analyze(EventEnvelope<EvaluationSubmitted> event) {
        EvaluationSubmitted submitted = event.data();
        // The same evaluation published again under a new event id changes nothing either.
        if (AnalyzedEvaluation.findById(submitted.evaluationId()) != null) {
            LOG.debugf("Evaluation %s already analysed", submitted.evaluationId());
            return;
        }
        String organizationId = event.organizationId();
        String candidateId = submitted.candidate().id();
        rememberContact(organizationId, submitted.candidate());
        storeEvaluation(organizationId, submitted);
        storeItems(organizationId, submitted);

        List<FeedbackItem> items = FeedbackItem.ofCandidate(organizationId, candidateId);
        long shielded = items.stream().filter(i -> i.label == Label.NON_ACTIONABLE).count();
        var themes = aggregator.aggregate(AnalyzedEvaluation.ofCandidate(organizationId, candidateId), items);
        plans.storeIfChanged(organizationId, candidateId, planBuilder.build(themes, (int) shielded))
                .ifPresent(version -> {
                    CandidateContact contact = CandidateContact.find(organizationId, candidateId).orElseThrow();
                    ActionPlanUpdated updated = new ActionPlanUpdated(
                            new ActionPlanUpdated.Candidate(candidateId, contact.email, contact.name),
                            version.version, version.content,
                            planPage.drillsDone(organizationId, candidateId, version.content),
                            planPage.link(organizationId, candidateId), version.createdAt);
                    outbox.append(ActionPlanUpdated.TOPIC, organizationId + "/" + candidateId,
                            EventEnvelope.of(ActionPlanUpdated.TYPE, ActionPlanUpdated.VERSION, organizationId, updated));
                    LOG.infof("Evaluation %s: plan version %d", submitted.evaluationId(), version.version);
                });
    }

    private static void rememberContact(String organizationId, EvaluationSubmitted.Candidate candidate) {
        CandidateContact contact = CandidateContact.find(organizationId, candidate.id()).orElseGet(() -> {
            CandidateContact created = new CandidateContact();
            created.organizationId = organizationId;
            created.candidateId = candidate.id();
            return created;
        });
        contact.email = candidate.email();
        contact.name = candidate.name();
        contact.persist();
    }

    private static void storeEvaluation(String organizationId, EvaluationSubmitted submitted) {
        AnalyzedEvaluation evaluation = new AnalyzedEvaluation();
        evaluation.evaluationId = submitted.evaluationId();
        evaluation.organizationId = organizationId;
        evaluation.candidateId = submitted.candidate().id();
        evaluation.interviewerId = submitted.interviewer().id();
        evaluation.sessionDate = submitted.sessionDate();
        evaluation.interviewType = submitted.interviewType();
        evaluation.ratings = submitted.ratings() == null ? List.of() : submitted.ratings().stream()
                .map(r -> new CompetencyRating(r.competency(), r.score()))
                .toList();
        evaluation.analyzedAt = Instant.now();
        evaluation.persist();
    }

    private void storeItems(String organizationId, EvaluationSubmitted submitted) {
        List<LabelledItem> labelled = evaluationItems.of(texts(submitted));
        for (int position = 0; position < labelled.size(); position++) {
            LabelledItem piece = labelled.get(position);
            Classification classification = piece.classification();
            FeedbackItem item = new FeedbackItem();
            item.id = UUID.randomUUID();
            item.source = piece.source();
            item.position = position;
            item.text = piece.text();
            item.evaluationId = submitted.evaluationId();
            item.organizationId = organizationId;
            item.candidateId = submitted.candidate().id();
            item.label = classification.label();
            item.reason = classification.reason();
            item.confidence = classification.confidence();
            item.uncertain = classification.uncertain();
            item.theme = classification.theme();
            item.persist();
        }
    }

    private static EvaluationTexts texts(EvaluationSubmitted submitted) {
        List<EvaluationTexts.RatingNote> notes = submitted.ratings() == null ? List.of() : submitted.ratings().stream()
                .map(r -> new EvaluationTexts.RatingNote(r.competency(), r.note())).toList();
        return new EvaluationTexts(submitted.strengths(), submitted.improvements(), submitted.comments(), notes);
    }
}
