package org.practiceloop.analysis.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;
import org.practiceloop.analysis.domain.AnalyzedEvaluation;
import org.practiceloop.analysis.domain.CandidateContact;
import org.practiceloop.analysis.domain.CompetencyRating;
import org.practiceloop.analysis.domain.FeedbackItem;
import org.practiceloop.analysis.domain.ItemSource;
import org.practiceloop.analysis.messaging.EvaluationSubmitted;
import org.practiceloop.common.event.EventEnvelope;

/**
 * Analyses one evaluation in one transaction: its items, then the candidate's plan
 * ({@link PlanRecomputation}).
 */
@ApplicationScoped
public class EvaluationAnalysisService {

    private static final Logger LOG = Logger.getLogger(EvaluationAnalysisService.class);

    private final FeedbackSplitter splitter;
    private final ItemLabelling labelling;
    private final PlanRecomputation plans;

    EvaluationAnalysisService(FeedbackSplitter splitter, ItemLabelling labelling, PlanRecomputation plans) {
        this.splitter = splitter;
        this.labelling = labelling;
        this.plans = plans;
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

        plans.recompute(organizationId, candidateId);
        LOG.debugf("Evaluation %s analysed", submitted.evaluationId());
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
        for (FeedbackItem item : items) {
            item.evaluationId = submitted.evaluationId();
            item.organizationId = organizationId;
            item.candidateId = submitted.candidate().id();
        }
        labelling.labelAndStore(items);
    }

    private void addItems(List<FeedbackItem> items, ItemSource source, String text) {
        for (String piece : splitter.split(text)) {
            items.add(ItemLabelling.item(source, items.size(), piece));
        }
    }
}
