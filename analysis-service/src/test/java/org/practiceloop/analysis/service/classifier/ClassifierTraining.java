package org.practiceloop.analysis.service.classifier;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.practiceloop.analysis.config.ClassifierConfig;
import org.practiceloop.analysis.domain.Classification;
import org.practiceloop.analysis.domain.Label;

/**
 * Trains the service's {@link EmbeddingClassifier} (the build runs it through
 * {@link TrainClassifier}; the evaluation command and the tests train the same way): TF-IDF
 * vocabulary and softmax weights on all of the training items, and the calibration points from
 * out-of-fold predictions over them, so the held-out set stays unseen.
 */
public final class ClassifierTraining {

    private static final int FOLDS = 4;
    private static final long SEED = 20261122L;
    /**
     * The first stage decides where its top class has at least this probability: the lowest
     * threshold at which the cascade kept the dev file's figures, with cross-validated macro-F1 and
     * theme accuracy above the encoder's alone (chosen on those two, never on the held-out part:
     * docs/decisions/2026-12-04-static-embeddings-cascade.md).
     */
    static final double ENCODE_BELOW = 0.60;

    /**
     * What training produces: the state {@link TrainClassifier} writes, and the classifier it
     * makes with the encoder it was trained with (closing the classifier closes the encoder).
     */
    public record Trained(SentenceEncoder encoder, LexicalFeatures lexical, SoftmaxRegression model,
            EmbeddingClassifier.Quick quick, Calibration calibration, EmbeddingClassifier classifier) {
    }

    private ClassifierTraining() {
    }

    /** Loads the embedding model and trains on the labelled set's training part with the service's default settings. */
    public static Trained onLabelledSet() {
        SentenceEncoder encoder = SentenceEncoder.load(EmbeddingModel.ALL_MINILM_L6_V2_Q,
                Integer.parseInt(ClassifierConfig.DEFAULT_WORKERS));
        return train(encoder, LabelledSet.fromClasspath(LabelledSet.TRAIN),
                Double.parseDouble(ClassifierConfig.DEFAULT_CONFIDENT_PRECISION));
    }

    /**
     * {@link #onLabelledSet()} with the static embeddings of {@code built} instead of distilling
     * them again: distilling is deterministic and most of training's time, so a test that compares
     * a fresh training with the build's need not pay for it twice.
     */
    public static Trained onLabelledSetWithStaticEmbeddingsOf(EmbeddingClassifier built) {
        SentenceEncoder encoder = SentenceEncoder.load(EmbeddingModel.ALL_MINILM_L6_V2_Q,
                Integer.parseInt(ClassifierConfig.DEFAULT_WORKERS));
        return train(encoder, built.staticEmbeddings(), LabelledSet.fromClasspath(LabelledSet.TRAIN),
                Double.parseDouble(ClassifierConfig.DEFAULT_CONFIDENT_PRECISION));
    }

    /**
     * Trains on {@code items}: distils the static embeddings and fits both stages on them;
     * {@code confidentPrecision} is the accuracy items at or above the uncertainty threshold
     * should reach (measured out of fold, on the cascade's labels).
     */
    static Trained train(SentenceEncoder encoder, List<LabelledItem> items, double confidentPrecision) {
        return train(encoder, StaticDistillation.distil(encoder, EmbeddingModel.ALL_MINILM_L6_V2_Q), items,
                confidentPrecision);
    }

    private static Trained train(SentenceEncoder encoder, StaticEmbeddings vectors, List<LabelledItem> items,
            double confidentPrecision) {
        List<String> texts = items.stream().map(LabelledItem::text).toList();
        float[][] embeddings = encoder.encode(texts);
        float[][] staticEmbeddings = staticEmbeddings(encoder, vectors, texts);
        int[] classes = items.stream().mapToInt(ClassifierTraining::classOf).toArray();
        CompletableFuture<double[][]> fullOutOfFold = CompletableFuture.supplyAsync(
                () -> outOfFold(texts, embeddings, classes));
        double[][] quickOutOfFold = outOfFold(texts, staticEmbeddings, classes);
        LexicalFeatures lexical = fitLexical(texts);
        SoftmaxRegression model = fit(lexical, texts, embeddings, classes);
        SoftmaxRegression quickModel = fit(lexical, texts, staticEmbeddings, classes);
        double[][] full = fullOutOfFold.join();
        EmbeddingClassifier.Quick quick = new EmbeddingClassifier.Quick(vectors, quickModel, ENCODE_BELOW);
        Calibration points = calibration(cascade(quick, quickOutOfFold, full), classes);
        return new Trained(encoder, lexical, model, quick, points,
                new EmbeddingClassifier(encoder, lexical, model, quick, points.threshold(confidentPrecision)));
    }

    /**
     * Each item labelled by a cascade trained, the same way, on the other folds of {@code items}
     * (with the trained classifier's thresholds): how to compare changes to the model on the
     * training part alone, without looking at the held-out part.
     */
    static List<Classification> crossValidate(Trained trained, List<LabelledItem> items) {
        List<String> texts = items.stream().map(LabelledItem::text).toList();
        int[] classes = items.stream().mapToInt(ClassifierTraining::classOf).toArray();
        double[][] full = outOfFold(texts, trained.encoder().encode(texts), classes);
        double[][] quick = outOfFold(texts, staticEmbeddings(trained.encoder(), trained.quick().vectors(), texts),
                classes);
        return Arrays.stream(cascade(trained.quick(), quick, full)).map(trained.classifier()::toClassification)
                .toList();
    }

    private static float[][] staticEmbeddings(SentenceEncoder encoder, StaticEmbeddings vectors, List<String> texts) {
        return texts.stream().map(text -> vectors.embed(encoder.tokenIds(text))).toArray(float[][]::new);
    }

    /** The cascade's probabilities: the first stage's where it decides, the second's elsewhere. */
    private static double[][] cascade(EmbeddingClassifier.Quick quick, double[][] quickP, double[][] fullP) {
        double[][] result = new double[quickP.length][];
        for (int i = 0; i < quickP.length; i++) {
            result[i] = quick.decides(quickP[i]) ? quickP[i] : fullP[i];
        }
        return result;
    }

    /** The vocabulary: words and word pairs in at least two texts, with their inverse document frequency. */
    private static LexicalFeatures fitLexical(List<String> texts) {
        Map<String, Integer> documentFrequency = new HashMap<>();
        for (String text : texts) {
            LexicalFeatures.terms(text).stream().distinct()
                    .forEach(term -> documentFrequency.merge(term, 1, Integer::sum));
        }
        Map<String, Integer> vocabulary = new LinkedHashMap<>();
        List<Float> idf = new ArrayList<>();
        documentFrequency.entrySet().stream()
                .filter(e -> e.getValue() >= 2)
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> {
                    vocabulary.put(e.getKey(), vocabulary.size());
                    idf.add((float) Math.log((double) texts.size() / e.getValue()));
                });
        float[] weights = new float[idf.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = idf.get(i);
        }
        return new LexicalFeatures(vocabulary, weights);
    }

    private static SoftmaxRegression fit(LexicalFeatures lexical, List<String> texts, float[][] embeddings,
            int[] classes) {
        List<Features> features = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            features.add(lexical.features(texts.get(i), embeddings[i]));
        }
        return SoftmaxTraining.train(features, classes, classCount(), lexical.size(),
                SoftmaxTraining.Settings.DEFAULT);
    }

    private static int classCount() {
        return EmbeddingClassifier.THEMES.size() + EmbeddingClassifier.REASONS.size();
    }

    private static int classOf(LabelledItem item) {
        return item.label() == Label.CONSTRUCTIVE
                ? EmbeddingClassifier.THEMES.indexOf(item.theme())
                : EmbeddingClassifier.THEMES.size() + EmbeddingClassifier.REASONS.indexOf(item.reason());
    }

    private static boolean isConstructive(int aClass) {
        return aClass < EmbeddingClassifier.THEMES.size();
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
            LexicalFeatures foldLexical = fitLexical(keptTexts);
            SoftmaxRegression foldModel = fit(foldLexical, keptTexts,
                    kept.stream().map(i -> embeddings[i]).toArray(float[][]::new),
                    kept.stream().mapToInt(i -> classes[i]).toArray());
            for (int i : held) {
                probabilities[i] = foldModel.probabilities(foldLexical.features(texts.get(i), embeddings[i]));
            }
        });
        return probabilities;
    }

    /** Each out-of-fold prediction's label confidence, and whether its label was right. */
    private static Calibration calibration(double[][] outOfFold, int[] classes) {
        int n = classes.length;
        double[] confidence = new double[n];
        boolean[] correct = new boolean[n];
        for (int i = 0; i < n; i++) {
            double constructive = EmbeddingClassifier.constructiveProbability(outOfFold[i]);
            confidence[i] = EmbeddingClassifier.labelConfidence(constructive);
            correct[i] = (constructive >= 0.5) == isConstructive(classes[i]);
        }
        return new Calibration(confidence, correct);
    }
}
