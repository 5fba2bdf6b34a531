package org.practiceloop.analysis.service.classifier;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.practiceloop.common.crypto.Sha256;

/**
 * The build's training step (exec-maven-plugin at process-test-classes, its own JVM, the test
 * classpath): trains exactly as {@link ClassifierTraining} does and writes what
 * {@link TrainedClassifier} loads to {@code args[0]} (the service's classes), headed by the
 * training set's SHA-256.
 */
public final class TrainClassifier {

    private TrainClassifier() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        Files.createDirectories(file.getParent());
        Path partial = Files.createTempFile(file.getParent(), "trained", ".partial");
        long start = System.nanoTime();
        ClassifierTraining.Trained trained = ClassifierTraining.onLabelledSet();
        try (EmbeddingClassifier classifier = trained.classifier();
                DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(partial)))) {
            out.writeUTF(TrainedClassifier.FORMAT);
            out.writeUTF(trainingSetDigest());
            EmbeddingClassifier.writeTo(out, trained.lexical(), trained.model(), trained.quick(), trained.calibration());
        }
        // A build stopped half-way leaves no half-written file behind.
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        System.out.printf("Classifier trained on %s in %.1f s, written to %s%n", LabelledSet.TRAIN,
                (System.nanoTime() - start) / 1e9, file);
    }

    /** The SHA-256 of the training set on the classpath. */
    public static String trainingSetDigest() {
        try (InputStream in = TrainClassifier.class.getClassLoader().getResourceAsStream(LabelledSet.TRAIN)) {
            if (in == null) {
                throw new IllegalStateException(LabelledSet.TRAIN + " is not on the classpath");
            }
            return Sha256.hex(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
