package org.practiceloop.analysis.service.classifier;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.practiceloop.analysis.domain.Classification;
import org.practiceloop.analysis.domain.Label;
import org.practiceloop.analysis.domain.Reason;
import org.practiceloop.analysis.domain.Theme;
import org.practiceloop.analysis.service.FeedbackClassifier;

/**
 * Labels feedback items with one softmax classifier over sentence embeddings (plus TF-IDF terms,
 * see {@link LexicalFeatures}) whose classes are
 * the themes (constructive) and the non-actionable reasons; an item's label confidence is the
 * summed probability of its side. The "uncertain" threshold comes from {@link Calibration}.
 * Trained by the build (the test sources' {@code ClassifierTraining}); this is only what runs it.
 */
public final class EmbeddingClassifier implements FeedbackClassifier, AutoCloseable {

    static final List<Theme> THEMES = List.of(Theme.values());
    static final List<Reason> REASONS = List.of(Reason.values());

    private final SentenceEncoder encoder;
    private final LexicalFeatures lexical;
    private final SoftmaxRegression model;
    private final double uncertainBelow;

    EmbeddingClassifier(SentenceEncoder encoder, LexicalFeatures lexical, SoftmaxRegression model,
            double uncertainBelow) {
        this.encoder = encoder;
        this.lexical = lexical;
        this.model = model;
        this.uncertainBelow = uncertainBelow;
    }

    /**
     * Writes the trained state (the embedding model ships in its own artifact and is not
     * written), with the classes in order, so a state trained for other classes is never read
     * back. Beside {@link #readFrom} so the two sides of the format change together.
     */
    static void writeTo(DataOutputStream out, LexicalFeatures lexical, SoftmaxRegression model,
            Calibration calibration) throws IOException {
        out.writeUTF(classNames());
        calibration.writeTo(out);
        lexical.writeTo(out);
        model.writeTo(out);
    }

    /**
     * Reads a state {@link #writeTo} wrote, with the threshold for {@code confidentPrecision},
     * then loads the encoder (not before: a bad file costs nothing).
     */
    static EmbeddingClassifier readFrom(DataInputStream in, double confidentPrecision,
            Supplier<SentenceEncoder> encoder) throws IOException {
        String classes = in.readUTF();
        if (!classes.equals(classNames())) {
            throw new InvalidObjectException("Trained for other classes: " + classes);
        }
        double uncertainBelow = Calibration.readFrom(in).threshold(confidentPrecision);
        LexicalFeatures lexical = LexicalFeatures.readFrom(in);
        SoftmaxRegression model = SoftmaxRegression.readFrom(in);
        return new EmbeddingClassifier(encoder.get(), lexical, model, uncertainBelow);
    }

    private static String classNames() {
        return String.join(",", THEMES.stream().map(Theme::name).toList()) + ";"
                + String.join(",", REASONS.stream().map(Reason::name).toList());
    }

    public double uncertainBelow() {
        return uncertainBelow;
    }

    @Override
    public List<Classification> classifyAll(List<String> texts) {
        return classifyEncoded(texts, embed(texts));
    }

    /** The unit-length sentence embedding of each text, in order (the cosine of two is their dot product). */
    public float[][] embed(List<String> texts) {
        return encoder.encode(texts);
    }

    /** {@link #classifyAll} for texts whose embeddings {@link #embed} already gave. */
    public List<Classification> classifyEncoded(List<String> texts, float[][] embeddings) {
        List<Classification> result = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            result.add(toClassification(model.probabilities(lexical.features(texts.get(i), embeddings[i]))));
        }
        return result;
    }

    /** The classification for class probabilities {@code p}, with this classifier's threshold. */
    Classification toClassification(double[] p) {
        double constructive = constructiveProbability(p);
        double confidence = labelConfidence(constructive);
        boolean uncertain = confidence < uncertainBelow;
        if (constructive >= 0.5) {
            return new Classification(Label.CONSTRUCTIVE, null, confidence, THEMES.get(argmax(p, 0, THEMES.size())),
                    uncertain);
        }
        Reason reason = REASONS.get(argmax(p, THEMES.size(), p.length) - THEMES.size());
        return new Classification(Label.NON_ACTIONABLE, reason, confidence, null, uncertain);
    }

    /** The probability of the label chosen from the constructive probability. */
    static double labelConfidence(double constructive) {
        return constructive >= 0.5 ? constructive : 1 - constructive;
    }

    private static int argmax(double[] p, int from, int to) {
        int best = from;
        for (int c = from + 1; c < to; c++) {
            best = p[c] > p[best] ? c : best;
        }
        return best;
    }

    static double constructiveProbability(double[] p) {
        double sum = 0;
        for (int t = 0; t < THEMES.size(); t++) {
            sum += p[t];
        }
        return sum;
    }

    @Override
    public void close() {
        encoder.close();
    }
}
