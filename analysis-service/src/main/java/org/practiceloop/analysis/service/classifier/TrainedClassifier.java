package org.practiceloop.analysis.service.classifier;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.practiceloop.analysis.config.ClassifierConfig;
import org.practiceloop.common.crypto.Sha256;

/**
 * The classifier trained by the build, so the service starts without training: the build runs
 * {@link #main} (exec-maven-plugin, process-classes), which trains exactly as the service would
 * and writes the trained state to the classpath. The file names the training set's SHA-256 and
 * the calibration target, so a classifier trained on another version of the set (or for another
 * target) is never used: the service then trains at start-up as before.
 */
public final class TrainedClassifier {

    private static final Logger LOG = Logger.getLogger(TrainedClassifier.class);
    static final String RESOURCE = "classifier/trained.bin";
    private static final String FORMAT = "practiceloop-classifier-v1";

    private TrainedClassifier() {
    }

    /** Trains on the labelled set with the default settings and writes the result to {@code args[0]}. */
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        Files.createDirectories(file.getParent());
        Path partial = Files.createTempFile(file.getParent(), "trained", ".partial");
        double confidentPrecision = Double.parseDouble(ClassifierConfig.DEFAULT_CONFIDENT_PRECISION);
        long start = System.nanoTime();
        try (EmbeddingClassifier classifier = EmbeddingClassifier.trainOnLabelledSet();
                DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(partial)))) {
            out.writeUTF(FORMAT);
            out.writeUTF(trainingSetDigest());
            out.writeDouble(confidentPrecision);
            classifier.writeTo(out);
        }
        // A build stopped half-way leaves no half-written file behind.
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        System.out.printf("Classifier trained on %s in %.1f s, written to %s%n", LabelledSet.TRAIN,
                (System.nanoTime() - start) / 1e9, file);
    }

    /**
     * The classifier the build trained, if it was trained on this training set, for these
     * classes and this target; empty otherwise (the caller then trains).
     */
    public static Optional<EmbeddingClassifier> load(int workers, double confidentPrecision) {
        InputStream resource = TrainedClassifier.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (resource == null) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(resource))) {
            if (!FORMAT.equals(in.readUTF()) || !trainingSetDigest().equals(in.readUTF())
                    || in.readDouble() != confidentPrecision) {
                return Optional.empty();
            }
            return Optional.of(EmbeddingClassifier.readFrom(in,
                    () -> SentenceEncoder.load(EmbeddingModel.ALL_MINILM_L6_V2_Q, workers)));
        } catch (IOException e) {
            LOG.warnf("%s is unusable (%s)", RESOURCE, e.getMessage());
            return Optional.empty();
        }
    }

    private static String trainingSetDigest() {
        try (InputStream in = TrainedClassifier.class.getClassLoader().getResourceAsStream(LabelledSet.TRAIN)) {
            if (in == null) {
                throw new IllegalStateException(LabelledSet.TRAIN + " is not on the classpath");
            }
            return Sha256.hex(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
