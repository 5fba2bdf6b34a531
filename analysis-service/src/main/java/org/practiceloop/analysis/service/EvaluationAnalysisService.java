package org.practiceloop.analysis.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.practiceloop.analysis.domain.AnalyzedEvaluation;
import org.practiceloop.analysis.domain.CandidateContact;
import org.practiceloop.analysis.domain.CompetencyRating;
import org.practiceloop.analysis.domain.EvaluationTexts;
import org.practiceloop.analysis.domain.FeedbackItem;
import org.practiceloop.analysis.domain.FocusCheckIn;
import org.practiceloop.analysis.domain.LabelledItem;
import org.practiceloop.analysis.messaging.EvaluationSubmitted;
import org.practiceloop.common.event.EventEnvelope;

/**
 * Analyses one revision of an evaluation in one transaction: its items, the partner's report
 * ({@link EvaluationAnalyzedPublisher}), then the candidate's plan ({@link PlanRecomputation}).
 */
@ApplicationScoped
public class EvaluationAnalysisService {

    /** EvaluationSubmitted carries the original; EvaluationRevised numbers the amendments from 2. */
    public static final int ORIGINAL = 1;

    private static final Logger LOG = Logger.getLogger(EvaluationAnalysisService.class);

    private final EvaluationItems evaluationItems;
    private final PlanRecomputation plans;
    private final EvaluationAnalyzedPublisher reports;
    private final CandidateLock candidates;
    private final CheckIns checkIns;

    EvaluationAnalysisService(EvaluationItems evaluationItems, PlanRecomputation plans,
            EvaluationAnalyzedPublisher reports, CandidateLock candidates, CheckIns checkIns) {
        this.evaluationItems = evaluationItems;
        this.plans = plans;
        this.reports = reports;
        this.candidates = candidates;
        this.checkIns = checkIns;
    }

    @Transactional
    public void analyze(EventEnvelope<EvaluationSubmitted> event) {
        analyze(event, ORIGINAL);
    }

    /**
     * A revision newer than the stored one replaces that evaluation's items and ratings (an
     * evaluation never seen is stored as it comes); one no newer (the same evaluation published
     * again under a new event id, or an amendment overtaken by a later one) changes nothing.
     */
    @Transactional
    public void analyze(EventEnvelope<EvaluationSubmitted> event, int revision) {
        EvaluationSubmitted submitted = event.data();
        String organizationId = event.organizationId();
        String candidateId = submitted.candidate().id();
        // Ordered with the candidate's changes that do not come through their partition (ticks, corrections).
        candidates.lock(organizationId, candidateId);
        AnalyzedEvaluation stored = AnalyzedEvaluation.findById(submitted.evaluationId(), LockModeType.PESSIMISTIC_WRITE);
        if (stored != null && stored.revision >= revision) {
            LOG.debugf("Evaluation %s already analysed at revision %d", submitted.evaluationId(), stored.revision);
            return;
        }
        if (stored != null) {
            FocusCheckIn.delete("evaluationId", submitted.evaluationId());
        }
        rememberContact(organizationId, submitted.candidate());
        AnalyzedEvaluation evaluation = storeEvaluation(organizationId, submitted, revision, stored);
        reports.publish(organizationId, submitted, revision, replaceItems(organizationId, submitted));
        checkIns.store(organizationId, submitted, evaluation.analyzedAt);

        plans.recompute(organizationId, candidateId);
        LOG.debugf("Evaluation %s analysed at revision %d", submitted.evaluationId(), revision);
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

    private static AnalyzedEvaluation storeEvaluation(String organizationId, EvaluationSubmitted submitted,
            int revision, AnalyzedEvaluation stored) {
        AnalyzedEvaluation evaluation = stored;
        if (evaluation == null) {
            evaluation = new AnalyzedEvaluation();
            evaluation.evaluationId = submitted.evaluationId();
            evaluation.organizationId = organizationId;
            // Kept across revisions: it orders sessions of one day, and a moved order could version an unchanged plan.
            evaluation.analyzedAt = Instant.now();
        }
        evaluation.candidateId = submitted.candidate().id();
        evaluation.interviewerId = submitted.interviewer().id();
        evaluation.interviewerEmail = submitted.interviewer().email();
        evaluation.sessionDate = submitted.sessionDate();
        evaluation.interviewType = submitted.interviewType();
        evaluation.ratings = submitted.ratings() == null ? List.of() : submitted.ratings().stream()
                .map(r -> new CompetencyRating(r.competency(), r.score()))
                .toList();
        evaluation.amendableUntil = submitted.amendableUntil();
        evaluation.revision = revision;
        evaluation.persist();
        return evaluation;
    }

    /**
     * Stores the revision's items in place of the evaluation's earlier ones (never beside them). An
     * item whose text the revision kept keeps its id, so the plan's evidence and any correction made
     * on it still name it; the others go (their corrections stay, without the item).
     */
    private List<LabelledItem> replaceItems(String organizationId, EvaluationSubmitted submitted) {
        // The review splits and labels through the same EvaluationItems, so it shows what is stored here.
        List<LabelledItem> labelled = evaluationItems.of(organizationId, texts(submitted));
        Map<String, Deque<FeedbackItem>> earlier = new HashMap<>();
        FeedbackItem.<FeedbackItem>list("evaluationId", submitted.evaluationId())
                .forEach(i -> earlier.computeIfAbsent(i.source + "\n" + i.text, k -> new ArrayDeque<>()).add(i));
        for (int position = 0; position < labelled.size(); position++) {
            LabelledItem piece = labelled.get(position);
            Deque<FeedbackItem> same = earlier.get(piece.source() + "\n" + piece.text());
            FeedbackItem item = same == null || same.isEmpty()
                    ? ItemLabelling.item(piece.source(), position, piece.text()) : same.poll();
            item.position = position;
            item.evaluationId = submitted.evaluationId();
            item.organizationId = organizationId;
            item.candidateId = submitted.candidate().id();
            ItemLabelling.store(item, piece.classification());
        }
        earlier.values().forEach(gone -> gone.forEach(FeedbackItem::delete));
        return labelled;
    }

    private static EvaluationTexts texts(EvaluationSubmitted submitted) {
        List<EvaluationTexts.RatingNote> notes = submitted.ratings() == null ? List.of() : submitted.ratings().stream()
                .map(r -> new EvaluationTexts.RatingNote(r.competency(), r.note())).toList();
        return new EvaluationTexts(submitted.strengths(), submitted.improvements(), submitted.comments(), notes);
    }
}
