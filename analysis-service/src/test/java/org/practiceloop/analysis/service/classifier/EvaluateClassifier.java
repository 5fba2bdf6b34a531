package org.practiceloop.analysis.service.classifier;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
            System.out.println(ClassifierEvaluation.of("held-out " + LabelledSet.TEST, classifier,
                    LabelledSet.fromClasspath(LabelledSet.TEST)).report());
            for (String file : args) {
                Path path = Path.of(file);
                System.out.println(Files.exists(path)
                        ? ClassifierEvaluation.of(file, classifier, LabelledSet.fromFile(path)).report()
                        : file + ": not found, skipped\n");
            }
        }
    }
}
