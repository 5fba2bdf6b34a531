package org.practiceloop.analysis.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.practiceloop.analysis.config.CorrectionsConfig;
import org.practiceloop.analysis.domain.Classification;
import org.practiceloop.analysis.domain.LabelCorrection;
import org.practiceloop.analysis.service.CorrectionExemplars.Exemplar;
import org.practiceloop.analysis.service.classifier.EmbeddingClassifier;
import org.practiceloop.analysis.service.classifier.EmbeddingVectors;

/**
 * The labels new items get in an organisation: the model's, except where the organisation's own
 * corrections say otherwise ({@link CorrectionExemplars}). Every path that labels text (the
 * consumers, the review, {@code /classify}) goes through here, so they agree.
 */
@ApplicationScoped
public class CorrectedLabels {

    private final EmbeddingClassifier classifier;
    private final CorrectionsConfig config;

    CorrectedLabels(EmbeddingClassifier classifier, CorrectionsConfig config) {
        this.classifier = classifier;
        this.config = config;
    }

    /** One classification per text, in order. */
    public List<Classification> classifyAll(String organizationId, List<String> texts) {
        List<Exemplar> exemplars = LabelCorrection.exemplars(organizationId).stream()
                .map(c -> new Exemplar(EmbeddingVectors.fromBytes(c.embedding),
                        new Classification(c.labelAfter, c.reasonAfter, 1, c.themeAfter, false)))
                .toList();
        if (exemplars.isEmpty()) {
            return classifier.classifyAll(texts); // the cascade encodes only the items its first stage leaves
        }
        // Exemplars are compared by sentence embedding, so every text is encoded; the labels are the same.
        float[][] embeddings = classifier.embed(texts);
        return CorrectionExemplars.apply(classifier.classifyEncoded(texts, embeddings), embeddings, exemplars,
                config.similarityThreshold());
    }

    /** The embedding a correction of this text keeps as its exemplar. */
    public float[] embedding(String text) {
        return classifier.embed(List.of(text))[0];
    }
}
