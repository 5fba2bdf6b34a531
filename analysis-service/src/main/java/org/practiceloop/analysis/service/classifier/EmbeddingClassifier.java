package org.practiceloop.analysis.service.classifier;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.practiceloop.analysis.config.ClassifierConfig;
import org.practiceloop.analysis.domain.Classification;
import org.practiceloop.analysis.domain.Label;
import org.practiceloop.analysis.domain.Reason;
import org.practiceloop.analysis.domain.Theme;
import org.practiceloop.analysis.service.FeedbackClassifier;

/**
 * Labels feedback items with one softmax classifier over sentence embeddings (plus TF-IDF terms,
 * see {@link LexicalFeatures}) whose classes are
 * the themes (constructive) and the non-actionable reasons; an item's label confidence is the
 * summed probability of its side. The "uncertain" threshold is calibrated on out-of-fold
 * predictions over the training set, so the held-out set stays unseen.
 */
public final class EmbeddingClassifier implements FeedbackClassifier, AutoCloseable {

    private static final List<Theme> THEMES = List.of(Theme.values());
    private static final List<Reason> REASONS = List.of(Reason.values());
    private static final int FOLDS = 4;
    private static final long SEED = 20261122L;

    private final SentenceEncoder encoder;
    private final LexicalFeatures lexical;
    private final SoftmaxRegression model;
    private final double uncertainBelow;

    private EmbeddingClassifier(SentenceEncoder encoder, LexicalFeatures lexical, SoftmaxRegression model,
            double uncertainBelow) {
        this.encoder = encoder;
        this.lexical = lexical;
        this.model = model;
        this.uncertainBelow = uncertainBelow;
    }

    /** Loads the embedding model and trains on the labelled set's training part, as the service does. */
    public static EmbeddingClassifier trainOnLabelledSet(int workers, double confidentPrecision) {
        SentenceEncoder encoder = SentenceEncoder.load(EmbeddingModel.ALL_MINILM_L6_V2_Q, workers);
        return train(encoder, LabelledSet.fromClasspath(LabelledSet.TRAIN), confidentPrecision);
    }

    /** The same with the service's default settings. */
    public static EmbeddingClassifier trainOnLabelledSet() {
        return trainOnLabelledSet(Integer.parseInt(ClassifierConfig.DEFAULT_WORKERS),
                Double.parseDouble(ClassifierConfig.DEFAULT_CONFIDENT_PRECISION));
    }

    /**
     * Trains on {@code items}; {@code confidentPrecision} is the accuracy items at or above the
     * uncertainty threshold should reach (measured out of fold).
     */
    public static EmbeddingClassifier train(SentenceEncoder encoder, List<LabelledItem> items,
            double confidentPrecision) {
        List<String> texts = items.stream().map(LabelledItem::text).toList();
        float[][] embeddings = encoder.encode(texts);
        int[] classes = items.stream().mapToInt(EmbeddingClassifier::classOf).toArray();
        CompletableFuture<Double> threshold = CompletableFuture.supplyAsync(
                () -> calibrate(outOfFold(texts, embeddings, classes), classes, confidentPrecision));
        LexicalFeatures lexical = LexicalFeatures.fit(texts);
        SoftmaxRegression model = fit(lexical, texts, embeddings, classes);
        return new EmbeddingClassifier(encoder, lexical, model, threshold.join());
    }

    private static SoftmaxRegression fit(LexicalFeatures lexical, List<String> texts, float[][] embeddings,
            int[] classes) {
        List<Features> features = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            features.add(lexical.features(texts.get(i), embeddings[i]));
        }
        return SoftmaxRegression.train(features, classes, classCount(), lexical.size(),
                SoftmaxRegression.Training.DEFAULT);
    }

    /**
     * The trained state (the embedding model ships in its own artifact and is not written), with
     * the classes in order, so a state trained for other classes is never read back.
     */
    void writeTo(DataOutputStream out) throws IOException {
        out.writeUTF(classNames());
        out.writeDouble(uncertainBelow);
        lexical.writeTo(out);
        model.writeTo(out);
    }

    /** Reads a state {@link #writeTo} wrote, then loads the encoder (not before: a bad file costs nothing). */
    static EmbeddingClassifier readFrom(DataInputStream in, Supplier<SentenceEncoder> encoder) throws IOException {
        String classes = in.readUTF();
        if (!classes.equals(classNames())) {
            throw new InvalidObjectException("Trained for other classes: " + classes);
        }
        double uncertainBelow = in.readDouble();
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
        float[][] embeddings = encoder.encode(texts);
        List<Classification> result = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            result.add(toClassification(model.probabilities(lexical.features(texts.get(i), embeddings[i]))));
        }
        return result;
    }

    /**
     * Each item labelled by a classifier trained, the same way, on the other folds of
     * {@code items}: how to compare changes to the model on the training part alone, without
     * looking at the held-out part.
     */
    public List<Classification> crossValidate(List<LabelledItem> items) {
        List<String> texts = items.stream().map(LabelledItem::text).toList();
        double[][] probabilities = outOfFold(texts, encoder.encode(texts),
                items.stream().mapToInt(EmbeddingClassifier::classOf).toArray());
        return Arrays.stream(probabilities).map(this::toClassification).toList();
    }

    private Classification toClassification(double[] p) {
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
    private static double labelConfidence(double constructive) {
        return constructive >= 0.5 ? constructive : 1 - constructive;
    }

    private static int argmax(double[] p, int from, int to) {
        int best = from;
        for (int c = from + 1; c < to; c++) {
            best = p[c] > p[best] ? c : best;
        }
        return best;
    }

    private static double constructiveProbability(double[] p) {
        double sum = 0;
        for (int t = 0; t < THEMES.size(); t++) {
            sum += p[t];
        }
        return sum;
    }

    private static int classCount() {
        return THEMES.size() + REASONS.size();
    }

    private static int classOf(LabelledItem item) {
        return item.label() == Label.CONSTRUCTIVE
                ? THEMES.indexOf(item.theme())
                : THEMES.size() + REASONS.indexOf(item.reason());
    }

    private static boolean isConstructive(int aClass) {
        return aClass < THEMES.size();
    }

    /** Each item's class probabilities from a model trained on the other folds ({@value #FOLDS}, seeded). */
    private static double[][] outOfFold(List<String> texts, float[][] embeddings, int[] classes) {
        int n = texts.size();
        List<Integer> order = new ArrayList<>(IntStream.range(0, n).boxed().toList());
        Collections.shuffle(order, new Random(SEED));
        double[][] probabilities = new double[n][];
        IntStream.range(0, FOLDS).parallel().forEach(fold -> {
            List<Integer> held = new ArrayList<>();
            List<Integer> kept = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                (k % FOLDS == fold ? held : kept).add(order.get(k));
            }
            List<String> keptTexts = kept.stream().map(texts::get).toList();
            LexicalFeatures foldLexical = LexicalFeatures.fit(keptTexts);
            SoftmaxRegression foldModel = fit(foldLexical, keptTexts,
                    kept.stream().map(i -> embeddings[i]).toArray(float[][]::new),
                    kept.stream().mapToInt(i -> classes[i]).toArray());
            for (int i : held) {
                probabilities[i] = foldModel.probabilities(foldLexical.features(texts.get(i), embeddings[i]));
            }
        });
        return probabilities;
    }

    /** The lowest label confidence at which out-of-fold predictions reach the wanted accuracy. */
    private static double calibrate(double[][] outOfFold, int[] classes, double confidentPrecision) {
        int n = classes.length;
        double[] confidence = new double[n];
        boolean[] correct = new boolean[n];
        for (int i = 0; i < n; i++) {
            double constructive = constructiveProbability(outOfFold[i]);
            confidence[i] = labelConfidence(constructive);
            correct[i] = (constructive >= 0.5) == isConstructive(classes[i]);
        }
        for (int step = 50; step < 100; step++) {
            double threshold = step / 100.0;
            int above = 0;
            int right = 0;
            for (int i = 0; i < n; i++) {
                if (confidence[i] >= threshold) {
                    above++;
                    right += correct[i] ? 1 : 0;
                }
            }
            if (above > 0 && (double) right / above >= confidentPrecision) {
                return threshold;
            }
        }
        return 0.99;
    }

    @Override
    public void close() {
        encoder.close();
    }
}
