package org.practiceloop.analysis.service.classifier;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The evaluation command: trains the classifier exactly as the service does, then prints its
 * scores and confusion matrices cross-validated on the training part (the figure to compare
 * changes to the model by), on the held-out part of the labelled set, and on each labelled
 * file given as an argument (e.g. PRODUCT.md's dev file). Run with
 * {@code ./mvnw -pl analysis-service -am -Pclassifier-eval verify} (exec-maven-plugin on the
 * test classpath: this tooling is not part of the service).
 */
public final class EvaluateClassifier {

    private EvaluateClassifier() {
    }

    private static String report(String name, EmbeddingClassifier classifier, List<LabelledItem> items) {
        long encoded = classifier.reachingEncoder(items.stream().map(LabelledItem::text).toList());
        return ClassifierEvaluation.of(name, classifier, items).report() + String.format(Locale.ROOT,
                "  reaching the encoder (the cascade's second stage): %d of %d items (%.1f%%)%n", encoded,
                items.size(), 100.0 * encoded / items.size());
    }

    public static void main(String[] args) {
        long start = System.nanoTime();
        ClassifierTraining.Trained trained = ClassifierTraining.onLabelledSet();
        try (EmbeddingClassifier classifier = trained.classifier()) {
            System.out.printf("Model loaded and trained on %s in %.1f s; uncertain below %.2f%n%n", LabelledSet.TRAIN,
                    (System.nanoTime() - start) / 1e9, classifier.uncertainBelow());
            List<LabelledItem> train = LabelledSet.fromClasspath(LabelledSet.TRAIN);
            System.out.println(new ClassifierEvaluation("cross-validated on " + LabelledSet.TRAIN
                    + " (each item labelled by a model trained on the other folds)", train,
                    ClassifierTraining.crossValidate(trained, train)).report());
            System.out.println(report("held-out " + LabelledSet.TEST, classifier,
                    LabelledSet.fromClasspath(LabelledSet.TEST)));
            for (String file : args) {
                Path path = Path.of(file);
                System.out.println(Files.exists(path) ? report(file, classifier, LabelledSet.fromFile(path))
                        : file + ": not found, skipped\n");
            }
        }
    }
}
