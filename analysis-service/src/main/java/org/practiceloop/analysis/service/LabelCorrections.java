package org.practiceloop.analysis.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.practiceloop.analysis.domain.FeedbackItem;
import org.practiceloop.analysis.domain.Label;
import org.practiceloop.analysis.domain.LabelCorrection;
import org.practiceloop.analysis.domain.LabelSource;
import org.practiceloop.analysis.domain.Reason;
import org.practiceloop.analysis.domain.Theme;
import org.practiceloop.analysis.service.classifier.EmbeddingVectors;

/**
 * Corrections of an item's label, applied at once: the item takes the new label, the
 * candidate's themes and plan are recomputed (a new version, emailed as usual, only when the plan
 * changed), and the correction is kept, becoming an exemplar for the organisation's new items.
 */
@ApplicationScoped
public class LabelCorrections {

    /** Who corrects from the plan page: the candidate the signed link names. */
    public static final String CANDIDATE = "candidate";

    /** A label a person gives: {@code reason} for non-actionable, {@code theme} for constructive. */
    public record NewLabel(Label label, Reason reason, Theme theme, String note) {
    }

    private final CorrectedLabels labels;
    private final CandidateLock candidates;
    private final PlanRecomputation plans;

    LabelCorrections(CorrectedLabels labels, CandidateLock candidates, PlanRecomputation plans) {
        this.labels = labels;
        this.candidates = candidates;
        this.plans = plans;
    }

    /** The organisation's item, or empty (another organisation's ids are not found). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<FeedbackItem> item(String organizationId, UUID itemId) {
        return FeedbackItem.find("organizationId = ?1 and id = ?2", organizationId, itemId).firstResultOptional();
    }

    /** The correction made, or empty when the organisation has no such item. */
    @Transactional
    public Optional<LabelCorrection> correct(String organizationId, UUID itemId, NewLabel label, String correctedBy) {
        Optional<FeedbackItem> found = item(organizationId, itemId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        FeedbackItem item = found.get();
        candidates.lock(organizationId, item.candidateId); // an erasure either ran already or waits for this
        LabelCorrection correction = new LabelCorrection();
        correction.id = UUID.randomUUID();
        correction.organizationId = organizationId;
        correction.candidateId = item.candidateId;
        correction.itemId = item.id;
        correction.correctedBy = correctedBy;
        correction.correctedAt = Instant.now();
        correction.labelBefore = item.label;
        correction.reasonBefore = item.reason;
        correction.themeBefore = item.theme;
        correction.sourceBefore = item.labelSource;
        correction.confidenceBefore = item.confidence;
        correction.uncertainBefore = item.uncertain;
        correction.labelAfter = label.label();
        correction.reasonAfter = label.reason();
        correction.themeAfter = label.theme();
        correction.note = label.note();
        correction.modelVersion = item.modelVersion;
        correction.embedding = EmbeddingVectors.toBytes(labels.embedding(item.text));
        correction.persist();

        item.label = label.label();
        item.reason = label.reason();
        item.theme = label.theme();
        item.labelSource = LabelSource.CORRECTION;
        item.confidence = 1; // a person's label
        item.uncertain = false;
        plans.recompute(organizationId, item.candidateId);
        return Optional.of(correction);
    }

    /**
     * Undoes every active correction of the item: it gets back the label it had before the first
     * of them, and stops being an exemplar. The corrections are kept, marked undone. Empty when
     * the organisation has no such item or it has no active correction.
     */
    @Transactional
    public Optional<FeedbackItem> undo(String organizationId, UUID itemId, String undoneBy) {
        Optional<FeedbackItem> found = item(organizationId, itemId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        FeedbackItem item = found.get();
        candidates.lock(organizationId, item.candidateId);
        List<LabelCorrection> active = LabelCorrection.activeOf(organizationId, itemId);
        if (active.isEmpty()) {
            return Optional.empty();
        }
        LabelCorrection first = active.get(0);
        item.label = first.labelBefore;
        item.reason = first.reasonBefore;
        item.theme = first.themeBefore;
        item.labelSource = first.sourceBefore;
        item.confidence = first.confidenceBefore;
        item.uncertain = first.uncertainBefore;
        Instant now = Instant.now();
        active.forEach(c -> {
            c.undoneAt = now;
            c.undoneBy = undoneBy;
        });
        plans.recompute(organizationId, item.candidateId);
        return Optional.of(item);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<LabelCorrection> ofCandidate(String organizationId, String candidateId) {
        return LabelCorrection.ofCandidate(organizationId, candidateId);
    }
}
