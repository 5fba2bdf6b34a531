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
 * Labels feedback items with a softmax classifier over sentence embeddings (plus TF-IDF terms,
 * see {@link LexicalFeatures}) whose classes are the themes (constructive) and the
 * non-actionable reasons; an item's label confidence is the summed probability of its side.
 * A cascade: a first classifier over static word-piece embeddings ({@link StaticEmbeddings}, a
 * lookup and a mean) labels the items whose top class it gives at least {@code encodeBelow};
 * only the others go through the sentence encoder and the second classifier. The "uncertain"
 * threshold comes from {@link Calibration} of the cascade's out-of-fold labels.
 * Trained by the build (the test sources' {@code ClassifierTraining}); this is only what runs it.
 */
public final class EmbeddingClassifier implements FeedbackClassifier, AutoCloseable {

    static final List<Theme> THEMES = List.of(Theme.values());
    static final List<Reason> REASONS = List.of(Reason.values());

    /** The first stage: static embeddings and the classifier trained on them. */
    record Quick(StaticEmbeddings vectors, SoftmaxRegression model, double encodeBelow) {

        boolean decides(double[] p) {
            return max(p) >= encodeBelow;
        }
    }

    private final SentenceEncoder encoder;
    private final LexicalFeatures lexical;
    private final SoftmaxRegression model;
    private final Quick quick;
    private final double uncertainBelow;

    EmbeddingClassifier(SentenceEncoder encoder, LexicalFeatures lexical, SoftmaxRegression model, Quick quick,
            double uncertainBelow) {
        this.encoder = encoder;
        this.lexical = lexical;
        this.model = model;
        this.quick = quick;
        this.uncertainBelow = uncertainBelow;
    }

    /**
     * Writes the trained state (the embedding model ships in its own artifact and is not
     * written), with the classes in order, so a state trained for other classes is never read
     * back. Beside {@link #readFrom} so the two sides of the format change together.
     */
    static void writeTo(DataOutputStream out, LexicalFeatures lexical, SoftmaxRegression model, Quick quick,
            Calibration calibration) throws IOException {
        out.writeUTF(classNames());
        calibration.writeTo(out);
        lexical.writeTo(out);
        model.writeTo(out);
        quick.vectors().writeTo(out);
        quick.model().writeTo(out);
        out.writeDouble(quick.encodeBelow());
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
        Quick quick = new Quick(StaticEmbeddings.readFrom(in), SoftmaxRegression.readFrom(in), in.readDouble());
        return new EmbeddingClassifier(encoder.get(), lexical, model, quick, uncertainBelow);
    }

    private static String classNames() {
        return String.join(",", THEMES.stream().map(Theme::name).toList()) + ";"
                + String.join(",", REASONS.stream().map(Reason::name).toList());
    }

    /** The first stage's word-piece table (for training again without distilling it again). */
    StaticEmbeddings staticEmbeddings() {
        return quick.vectors();
    }

    public double uncertainBelow() {
        return uncertainBelow;
    }

    @Override
    public List<Classification> classifyAll(List<String> texts) {
        return classify(texts, null);
    }

    /** The unit-length sentence embedding of each text, in order (the cosine of two is their dot product). */
    public float[][] embed(List<String> texts) {
        return encoder.encode(texts);
    }

    /**
     * {@link #classifyAll} for texts whose embeddings {@link #embed} already gave: the same labels,
     * the embeddings only spare encoding the items the first stage leaves.
     */
    public List<Classification> classifyEncoded(List<String> texts, float[][] embeddings) {
        return classify(texts, embeddings);
    }

    private List<Classification> classify(List<String> texts, float[][] embeddings) {
        Classification[] result = new Classification[texts.size()];
        List<Integer> left = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            double[] p = quickProbabilities(texts.get(i));
            if (quick.decides(p)) {
                result[i] = toClassification(p);
            } else {
                left.add(i);
            }
        }
        float[][] encoded = embeddings != null ? null : encoder.encode(left.stream().map(texts::get).toList());
        for (int k = 0; k < left.size(); k++) {
            int i = left.get(k);
            result[i] = toClassification(model.probabilities(
                    lexical.features(texts.get(i), embeddings != null ? embeddings[i] : encoded[k])));
        }
        return List.of(result);
    }

    /** How many of {@code texts} the first stage leaves to the encoder (the evaluation command and the benchmark print it). */
    public long reachingEncoder(List<String> texts) {
        return texts.stream().filter(text -> !quick.decides(quickProbabilities(text))).count();
    }

    /** The first stage's class probabilities for {@code text}. */
    double[] quickProbabilities(String text) {
        return quick.model().probabilities(lexical.features(text, quick.vectors().embed(encoder.tokenIds(text))));
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

    static double max(double[] p) {
        return p[argmax(p, 0, p.length)];
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
