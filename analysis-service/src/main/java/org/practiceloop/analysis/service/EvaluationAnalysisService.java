package org.practiceloop.analysis.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;
import org.practiceloop.analysis.domain.AnalyzedEvaluation;
import org.practiceloop.analysis.domain.CandidateContact;
import org.practiceloop.analysis.domain.CompetencyRating;
import org.practiceloop.analysis.domain.EvaluationTexts;
import org.practiceloop.analysis.domain.FeedbackItem;
import org.practiceloop.analysis.domain.LabelledItem;
import org.practiceloop.analysis.messaging.EvaluationSubmitted;
import org.practiceloop.common.event.EventEnvelope;

/**
 * Analyses one evaluation in one transaction: its items, then the candidate's plan
 * ({@link PlanRecomputation}).
 */
@ApplicationScoped
public class EvaluationAnalysisService {

    private static final Logger LOG = Logger.getLogger(EvaluationAnalysisService.class);

    private final EvaluationItems evaluationItems;
    private final PlanRecomputation plans;
    private final CheckIns checkIns;

    EvaluationAnalysisService(EvaluationItems evaluationItems, PlanRecomputation plans, CheckIns checkIns) {
        this.evaluationItems = evaluationItems;
        this.plans = plans;
        this.checkIns = checkIns;
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
        checkIns.store(organizationId, submitted); // against the plan before this evaluation: the one the partner checked

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
        // The review splits and labels through the same EvaluationItems, so it shows what is stored here.
        List<LabelledItem> labelled = evaluationItems.of(texts(submitted));
        for (int position = 0; position < labelled.size(); position++) {
            LabelledItem piece = labelled.get(position);
            FeedbackItem item = ItemLabelling.item(piece.source(), position, piece.text());
            item.evaluationId = submitted.evaluationId();
            item.organizationId = organizationId;
            item.candidateId = submitted.candidate().id();
            ItemLabelling.store(item, piece.classification());
        }
    }

    private static EvaluationTexts texts(EvaluationSubmitted submitted) {
        List<EvaluationTexts.RatingNote> notes = submitted.ratings() == null ? List.of() : submitted.ratings().stream()
                .map(r -> new EvaluationTexts.RatingNote(r.competency(), r.note())).toList();
        return new EvaluationTexts(submitted.strengths(), submitted.improvements(), submitted.comments(), notes);
    }
}
