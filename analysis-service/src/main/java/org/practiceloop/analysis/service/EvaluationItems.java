package org.practiceloop.analysis.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.practiceloop.analysis.domain.Classification;
import org.practiceloop.analysis.domain.EvaluationTexts;
import org.practiceloop.analysis.domain.ItemSource;
import org.practiceloop.analysis.domain.LabelledItem;

/**
 * The feedback items of an evaluation, split and labelled: the same for the consumer that stores
 * them and for the review that only shows them, so a review answers what the analysis will make
 * of the evaluation. In field order (strengths, improvements, comments, rating notes).
 */
@ApplicationScoped
public class EvaluationItems {

    private record Piece(ItemSource source, String competency, String text) {
    }

    private final FeedbackSplitter splitter;
    private final CorrectedLabels classifier;

    EvaluationItems(FeedbackSplitter splitter, CorrectedLabels classifier) {
        this.splitter = splitter;
        this.classifier = classifier;
    }

    /** Labelled as in the organisation, whose corrections count ({@link CorrectedLabels}). */
    public List<LabelledItem> of(String organizationId, EvaluationTexts texts) {
        List<Piece> pieces = new ArrayList<>();
        add(pieces, ItemSource.STRENGTHS, null, texts.strengths());
        add(pieces, ItemSource.IMPROVEMENTS, null, texts.improvements());
        add(pieces, ItemSource.COMMENTS, null, texts.comments());
        if (texts.ratingNotes() != null) {
            texts.ratingNotes().forEach(r -> add(pieces, ItemSource.RATING_NOTE, r.competency(), r.note()));
        }
        List<Classification> labels = classifier.classifyAll(organizationId, pieces.stream().map(Piece::text).toList());
        List<LabelledItem> items = new ArrayList<>(pieces.size());
        for (int i = 0; i < pieces.size(); i++) {
            Piece piece = pieces.get(i);
            items.add(new LabelledItem(piece.source(), piece.competency(), piece.text(), labels.get(i)));
        }
        return items;
    }

    private void add(List<Piece> pieces, ItemSource source, String competency, String text) {
        splitter.split(text).forEach(piece -> pieces.add(new Piece(source, competency, piece)));
    }
}
