package org.practiceloop.analysis.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.practiceloop.analysis.config.CorrectionsConfig;
import org.practiceloop.analysis.domain.Classification;
import org.practiceloop.analysis.domain.Label;
import org.practiceloop.analysis.domain.Reason;
import org.practiceloop.analysis.domain.Theme;
import org.practiceloop.analysis.service.CorrectionExemplars.Exemplar;
import org.practiceloop.analysis.service.classifier.EmbeddingClassifier;

/**
 * How corrections fed back as exemplars change the labels of new items, on the paraphrase set
 * {@code corrections/paraphrases.jsonl}: after correcting k items of each mislabelled pattern,
 * how many held-out paraphrases the model got wrong now get the right label, and how many close
 * neighbours the model got right now get a wrong one. Prints the table in the README
 * ("Corrections"); asserts only floors well below the measured figures.
 * The service's own classifier (one ONNX runtime per JVM).
 */
@QuarkusTest
class CorrectionFeedbackEvaluationTest {

    private record Item(String pattern, String role, String text, Classification right) {
    }

    private record Outcome(int heldOutWrong, int heldOutFixed, int heldOut, int neighboursRight, int neighboursBroken,
            int neighbours) {
    }

    @Inject
    EmbeddingClassifier classifier;

    @Test
    void heldOutParaphrasesFlipToTheCorrectedLabelAndNeighboursMostlyKeepTheirs() {
        List<Item> items = read();
        List<String> texts = items.stream().map(Item::text).toList();
        float[][] embeddings = classifier.embed(texts);
        List<Classification> model = classifier.classifyEncoded(texts, embeddings);

        StringBuilder table = new StringBuilder("threshold | k | held-out the model got wrong | of them now right | "
                + "neighbours the model got right | of them now wrong\n");
        Map<String, Outcome> chosen = new LinkedHashMap<>();
        double threshold = Double.parseDouble(CorrectionsConfig.DEFAULT_SIMILARITY_THRESHOLD);
        for (double t : new double[] {0.60, 0.65, 0.70, 0.75, 0.80, 0.85, 0.90}) {
            for (int k : new int[] {1, 3, 10}) {
                Outcome outcome = evaluate(items, embeddings, model, k, t);
                table.append(String.format("%.2f | %d | %d of %d | %d | %d of %d | %d%n", t, k, outcome.heldOutWrong(),
                        outcome.heldOut(), outcome.heldOutFixed(), outcome.neighboursRight(), outcome.neighbours(),
                        outcome.neighboursBroken()));
                if (Math.abs(t - threshold) < 1e-9) {
                    chosen.put("k=" + k, outcome);
                }
            }
        }
        System.out.println("Corrections fed back, on corrections/paraphrases.jsonl:\n" + table);
        assertThat(chosen).as("the configured threshold is among those evaluated").hasSize(3);
        // Measured at 0.65 (README): k=10 fixes 2 of the 6 the model got wrong and breaks none of 13 neighbours.
        assertThat(chosen.get("k=10").heldOutFixed()).as("k=10 fixes a held-out paraphrase").isGreaterThanOrEqualTo(1);
        assertThat(chosen.get("k=10").neighboursBroken()).as("k=10 breaks at most one neighbour").isLessThanOrEqualTo(1);
    }

    /** Every pattern's first k corrected items as exemplars, applied to the held-out paraphrases and the neighbours. */
    private static Outcome evaluate(List<Item> items, float[][] embeddings, List<Classification> model, int k,
            double threshold) {
        List<Exemplar> exemplars = new ArrayList<>();
        Map<String, Integer> taken = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            if (item.role().equals("corrected") && taken.merge(item.pattern(), 1, Integer::sum) <= k) {
                exemplars.add(new Exemplar(embeddings[i], item.right()));
            }
        }
        List<Classification> corrected = CorrectionExemplars.apply(model, embeddings, exemplars, threshold);
        int heldOut = 0, heldOutWrong = 0, fixed = 0, neighbours = 0, neighboursRight = 0, broken = 0;
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            boolean wasRight = same(model.get(i), item.right());
            boolean isRight = same(corrected.get(i), item.right());
            if (item.role().equals("held_out")) {
                heldOut++;
                heldOutWrong += wasRight ? 0 : 1;
                fixed += !wasRight && isRight ? 1 : 0;
            } else if (item.role().equals("neighbour")) {
                neighbours++;
                neighboursRight += wasRight ? 1 : 0;
                broken += wasRight && !isRight ? 1 : 0;
            }
        }
        return new Outcome(heldOutWrong, fixed, heldOut, neighboursRight, broken, neighbours);
    }

    private static boolean same(Classification a, Classification b) {
        return a.label() == b.label() && Objects.equals(a.reason(), b.reason()) && Objects.equals(a.theme(), b.theme());
    }

    private static List<Item> read() {
        ObjectMapper mapper = new ObjectMapper();
        List<Item> items = new ArrayList<>();
        try (InputStream in = CorrectionFeedbackEvaluationTest.class.getResourceAsStream("/corrections/paraphrases.jsonl")) {
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = mapper.readTree(line);
                Label label = Label.valueOf(node.get("label").asText().toUpperCase(java.util.Locale.ROOT));
                Classification right = label == Label.CONSTRUCTIVE
                        ? new Classification(label, null, 1, Theme.valueOf(node.get("theme").asText().toUpperCase(java.util.Locale.ROOT)), false)
                        : new Classification(label, Reason.valueOf(node.get("reason").asText().toUpperCase(java.util.Locale.ROOT)), 1, null, false);
                items.add(new Item(node.get("pattern").asText(), node.get("role").asText(), node.get("text").asText(), right));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return items;
    }
}
