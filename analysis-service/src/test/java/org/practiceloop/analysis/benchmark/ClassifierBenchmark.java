package org.practiceloop.analysis.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.practiceloop.analysis.config.ClassifierConfig;
import org.practiceloop.analysis.service.classifier.ClassifierTraining;
import org.practiceloop.analysis.service.classifier.EmbeddingClassifier;
import org.practiceloop.analysis.service.classifier.EmbeddingModel;
import org.practiceloop.analysis.service.classifier.LabelledItem;
import org.practiceloop.analysis.service.classifier.LabelledSet;
import org.practiceloop.analysis.service.classifier.SentenceEncoder;
import org.practiceloop.analysis.service.classifier.TrainedClassifier;

/**
 * Classification throughput, in process, on the held-out texts: one text per call (as the REST
 * endpoint gets single items) and whole evaluations' worth per call (as the consumer classifies),
 * plus model load, training (done by the build) and start-up (loading what the build trained) times and
 * the process's RSS. Run by benchmarks/analysis-classify.sh.
 */
public final class ClassifierBenchmark {

    private ClassifierBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        long start = System.nanoTime();
        SentenceEncoder.load(EmbeddingModel.ALL_MINILM_L6_V2_Q, 1).close();
        double loadSeconds = (System.nanoTime() - start) / 1e9;
        start = System.nanoTime();
        ClassifierTraining.onLabelledSet().classifier().close();
        double trainSeconds = (System.nanoTime() - start) / 1e9;
        start = System.nanoTime();
        EmbeddingClassifier classifier = TrainedClassifier.load(Integer.parseInt(ClassifierConfig.DEFAULT_WORKERS),
                Double.parseDouble(ClassifierConfig.DEFAULT_CONFIDENT_PRECISION));
        double startSeconds = (System.nanoTime() - start) / 1e9;
        List<String> texts = LabelledSet.fromClasspath(LabelledSet.TEST).stream().map(LabelledItem::text).toList();

        classifier.classifyAll(texts); // warm-up
        long t = System.nanoTime();
        long encoded = classifier.reachingEncoder(texts); // runs the first stage on every text
        System.out.printf("%d of %d items reach the encoder (the cascade's second stage); the first stage alone "
                + "%.0f items/s (one thread)%n", encoded, texts.size(), texts.size() / ((System.nanoTime() - t) / 1e9));
        System.out.printf("model load alone %.2f s; load + training on the labelled set (the build) %.2f s; "
                + "load of the built classifier (service start-up) %.2f s%n", loadSeconds, trainSeconds, startSeconds);
        for (int batch : new int[] {1, 10, 100}) {
            for (int round = 1; round <= rounds; round++) {
                long t0 = System.nanoTime();
                for (int i = 0; i < texts.size(); i += batch) {
                    classifier.classifyAll(new ArrayList<>(texts.subList(i, Math.min(texts.size(), i + batch))));
                }
                double seconds = (System.nanoTime() - t0) / 1e9;
                System.out.printf("batch %3d  round %d: %6.0f items/s (%d items)%n", batch, round,
                        texts.size() / seconds, texts.size());
            }
        }
        System.out.printf("RSS %d MiB, heap used %d MiB%n", rssKib() / 1024,
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / (1024 * 1024));
        classifier.close();
    }

    private static long rssKib() throws IOException {
        return Files.readAllLines(Path.of("/proc/self/status")).stream()
                .filter(line -> line.startsWith("VmRSS:"))
                .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")))
                .findFirst().orElse(-1);
    }
}
