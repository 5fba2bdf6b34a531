package org.practiceloop.analysis.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.practiceloop.analysis.domain.AnalyzedEvaluation;
import org.practiceloop.analysis.domain.CandidateContact;
import org.practiceloop.analysis.domain.Classification;
import org.practiceloop.analysis.domain.CompetencyRating;
import org.practiceloop.analysis.domain.FeedbackItem;
import org.practiceloop.analysis.domain.ItemSource;
import org.practiceloop.analysis.domain.Label;
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

    private final FeedbackSplitter splitter;
    private final FeedbackClassifier classifier;
    private final ThemeAggregator aggregator;
    private final ActionPlanBuilder planBuilder;
    private final ActionPlanService plans;
    private final OutboxWriter outbox;
    private final PlanPageService planPage;

    EvaluationAnalysisService(FeedbackSplitter splitter, FeedbackClassifier classifier,
            ThemeAggregator aggregator, ActionPlanBuilder planBuilder, ActionPlanService plans, OutboxWriter outbox,
            PlanPageService planPage) {
        this.splitter = splitter;
        this.classifier = classifier;
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
        List<FeedbackItem> items = new ArrayList<>();
        addItems(items, ItemSource.STRENGTHS, submitted.strengths());
        addItems(items, ItemSource.IMPROVEMENTS, submitted.improvements());
        addItems(items, ItemSource.COMMENTS, submitted.comments());
        if (submitted.ratings() != null) {
            submitted.ratings().forEach(r -> addItems(items, ItemSource.RATING_NOTE, r.note()));
        }
        List<Classification> classifications = classifier.classifyAll(items.stream().map(i -> i.text).toList());
        for (int i = 0; i < items.size(); i++) {
            FeedbackItem item = items.get(i);
            Classification classification = classifications.get(i);
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

    private void addItems(List<FeedbackItem> items, ItemSource source, String text) {
        for (String piece : splitter.split(text)) {
            FeedbackItem item = new FeedbackItem();
            item.id = UUID.randomUUID();
            item.source = source;
            item.position = items.size();
            item.text = piece;
            items.add(item);
        }
    }
}
