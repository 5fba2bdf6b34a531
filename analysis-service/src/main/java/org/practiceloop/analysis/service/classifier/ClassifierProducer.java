package org.practiceloop.analysis.service.classifier;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;
import org.practiceloop.analysis.config.ClassifierConfig;

/** Loads the embedding model and the classifier the build trained ({@link TrainedClassifier}); fails the start without it. */
public class ClassifierProducer {

    private static final Logger LOG = Logger.getLogger(ClassifierProducer.class);

    @Produces
    @Singleton
    @Startup
    EmbeddingClassifier classifier(ClassifierConfig config) {
        long start = System.nanoTime();
        EmbeddingClassifier classifier = TrainedClassifier.load(config.workers(), config.confidentPrecision());
        LOG.infof("Classifier ready in %d ms (model %s, trained on the labelled set with SHA-256 %s), "
                + "uncertain below %.2f", (System.nanoTime() - start) / 1_000_000, EmbeddingModel.ALL_MINILM_L6_V2_Q,
                TrainedClassifier.trainingSetDigest(), classifier.uncertainBelow());
        return classifier;
    }

    void close(@Disposes EmbeddingClassifier classifier) {
        classifier.close();
    }
}
