package org.practiceloop.analysis.service.classifier;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * The classifier the build trained: {@code TrainClassifier} (analysis-service's test sources,
 * run by exec-maven-plugin at process-test-classes) writes {@value #RESOURCE} into the classes
 * the service is packaged from, headed by the SHA-256 of the training set it was trained on.
 * The service only loads it; it never trains.
 */
public final class TrainedClassifier {

    public static final String RESOURCE = "classifier/trained.bin";
    /** v3: with the cascade's first stage (static embeddings, their classifier, its threshold). */
    static final String FORMAT = "practiceloop-classifier-v3";

    private TrainedClassifier() {
    }

    /** The classifier the build trained, uncertain below the threshold that reaches {@code confidentPrecision}. */
    public static EmbeddingClassifier load(int workers, double confidentPrecision) {
        try (DataInputStream in = open()) {
            in.readUTF(); // the training set's digest, for trainingSetDigest()
            return EmbeddingClassifier.readFrom(in, confidentPrecision,
                    () -> SentenceEncoder.load(EmbeddingModel.ALL_MINILM_L6_V2_Q, workers));
        } catch (IOException e) {
            throw new IllegalStateException(RESOURCE + " is unusable: build it again", e);
        }
    }

    /** The SHA-256 of the training set the build trained on (logged at start-up, checked by the tests). */
    public static String trainingSetDigest() {
        try (DataInputStream in = open()) {
            return in.readUTF();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Names the model that labels items: the embedding model and the training set, which fix the
     * weights (training is deterministic). Kept with each item, so a correction says which model it corrected.
     */
    public static String modelVersion() {
        return Version.VALUE;
    }

    /** Read once, when first asked for. */
    private static final class Version {
        static final String VALUE = EmbeddingModel.ALL_MINILM_L6_V2_Q.name().toLowerCase(Locale.ROOT).replace('_', '-')
                + "/" + trainingSetDigest().substring(0, 12);
    }

    private static DataInputStream open() throws IOException {
        InputStream resource = TrainedClassifier.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (resource == null) {
            throw new IllegalStateException(RESOURCE + " is not on the classpath: the build trains it ("
                    + "./mvnw -pl analysis-service -am process-test-classes, or any later phase)");
        }
        DataInputStream in = new DataInputStream(new BufferedInputStream(resource));
        try {
            if (!FORMAT.equals(in.readUTF())) {
                throw new IllegalStateException(RESOURCE + " is not in format " + FORMAT + ": build it again");
            }
            return in;
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }
}
