package org.practiceloop.analysis.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.practiceloop.analysis.domain.Classification;
import org.practiceloop.analysis.domain.LabelSource;
import org.practiceloop.analysis.service.classifier.EmbeddingVectors;

/**
 * Corrections fed back: an item whose embedding is closer than the threshold to a corrected item
 * takes the label a person gave that item (the closest one's, if several are). The caller passes
 * one organisation's exemplars only, so no organisation's corrections reach another's labels.
 */
public final class CorrectionExemplars {

    /** A corrected item: its text's embedding and the label a person gave it. */
    public record Exemplar(float[] embedding, Classification label) {
    }

    private CorrectionExemplars() {
    }

    /**
     * The model's labels with the exemplars' applied; a taken-over label has source
     * {@code correction}, is never uncertain, and its confidence is the similarity to the exemplar.
     */
    public static List<Classification> apply(List<Classification> model, float[][] embeddings,
            Collection<Exemplar> exemplars, double threshold) {
        List<Classification> result = new ArrayList<>(model.size());
        for (int i = 0; i < model.size(); i++) {
            Exemplar closest = null;
            double best = threshold;
            for (Exemplar exemplar : exemplars) {
                double similarity = EmbeddingVectors.cosine(embeddings[i], exemplar.embedding());
                if (similarity > best) {
                    best = similarity;
                    closest = exemplar;
                }
            }
            result.add(closest == null ? model.get(i) : new Classification(closest.label().label(),
                    closest.label().reason(), best, closest.label().theme(), false, LabelSource.CORRECTION));
        }
        return result;
    }
}
