package org.practiceloop.analysis.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.practiceloop.analysis.config.ClassifierConfig;
import org.practiceloop.analysis.domain.Classification;
import org.practiceloop.analysis.service.classifier.ClassifierEvaluation;
import org.practiceloop.analysis.service.classifier.ClassifierTraining;
import org.practiceloop.analysis.service.classifier.EmbeddingClassifier;
import org.practiceloop.analysis.service.classifier.LabelledItem;
import org.practiceloop.analysis.service.classifier.LabelledSet;
import org.practiceloop.analysis.service.classifier.TrainClassifier;
import org.practiceloop.analysis.service.classifier.TrainedClassifier;

/** The classifier the service uses (the one the build trained), scored on the held-out part of the labelled set. */
@QuarkusTest
class ClassifierQualityTest {

    @Inject
    EmbeddingClassifier classifier;

    @Test
    void meetsTheLabelTargetsOnTheHeldOutSet() {
        ClassifierEvaluation heldOut = ClassifierEvaluation.of("held-out", classifier,
                LabelledSet.fromClasspath(LabelledSet.TEST));
        System.out.print(heldOut.report());

        assertThat(heldOut.macroF1()).isGreaterThanOrEqualTo(0.93);
        assertThat(heldOut.confidentAccuracy())
                .as("items not marked uncertain are labelled more accurately than all items")
                .isGreaterThan(heldOut.accuracy());
        // Below the 0.85 target (0.828 measured, see the README): a floor against regressions only.
        assertThat(heldOut.themeAccuracy()).isGreaterThanOrEqualTo(0.80);
    }

    @Test
    void theServiceUsesTheClassifierTheBuildTrainedWhichIsWhatTrainingGivesNow() {
        List<String> texts = LabelledSet.fromClasspath(LabelledSet.TEST).stream().map(LabelledItem::text).toList();
        assertThat(TrainedClassifier.trainingSetDigest()).as("the build trained on this training set")
                .isEqualTo(TrainClassifier.trainingSetDigest());
        try (EmbeddingClassifier built = TrainedClassifier.load(1,
                Double.parseDouble(ClassifierConfig.DEFAULT_CONFIDENT_PRECISION));
                EmbeddingClassifier fresh = ClassifierTraining.onLabelledSetWithStaticEmbeddingsOf(built).classifier()) {
            assertThat(built.uncertainBelow()).isEqualTo(fresh.uncertainBelow());
            List<Classification> expected = fresh.classifyAll(texts);
            assertThat(built.classifyAll(texts)).isEqualTo(expected);
            assertThat(classifier.classifyAll(texts)).as("the service's classifier").isEqualTo(expected);
        }
    }

    @Test
    void anItemGetsTheSameLabelAloneAsAmongOtherItems() {
        List<String> texts = LabelledSet.fromClasspath(LabelledSet.TEST).stream().limit(40)
                .map(LabelledItem::text).toList();
        List<Classification> together = classifier.classifyAll(texts);

        for (int i = 0; i < texts.size(); i++) {
            assertThat(classifier.classifyAll(List.of(texts.get(i))))
                    .as("alone: %s", texts.get(i))
                    .containsExactly(together.get(i));
        }
    }
}
