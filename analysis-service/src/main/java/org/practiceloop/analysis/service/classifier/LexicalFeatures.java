package org.practiceloop.analysis.service.classifier;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * TF-IDF over words and word pairs seen in at least two training items (the vocabulary training
 * fits, {@code ClassifierTraining}). Sentence embeddings blur the exact terms that often name a
 * theme ("window function", "p-value", "STAR"); these weighted terms give the classifier those
 * back, and it learns how much each one counts.
 */
final class LexicalFeatures {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:'\\p{L}+)?");
    /** Scales the unit-length TF-IDF block to weigh about as much as the standardised embedding block. */
    private static final double BLOCK_WEIGHT = 0.3;

    private final Map<String, Integer> vocabulary;
    private final float[] idf;
    private final double scale;

    LexicalFeatures(Map<String, Integer> vocabulary, float[] idf) {
        this.vocabulary = vocabulary;
        this.idf = idf;
        this.scale = BLOCK_WEIGHT * Math.sqrt(vocabulary.size());
    }

    void writeTo(DataOutputStream out) throws IOException {
        out.writeInt(vocabulary.size());
        for (Map.Entry<String, Integer> term : vocabulary.entrySet()) {
            out.writeUTF(term.getKey());
            out.writeFloat(idf[term.getValue()]);
        }
    }

    static LexicalFeatures readFrom(DataInputStream in) throws IOException {
        int size = in.readInt();
        Map<String, Integer> vocabulary = new LinkedHashMap<>();
        float[] idf = new float[size];
        for (int i = 0; i < size; i++) {
            vocabulary.put(in.readUTF(), i);
            idf[i] = in.readFloat();
        }
        return new LexicalFeatures(vocabulary, idf);
    }

    Features features(String text, float[] embedding) {
        Map<Integer, Float> counts = new LinkedHashMap<>();
        for (String term : terms(text)) {
            Integer index = vocabulary.get(term);
            if (index != null) {
                counts.merge(index, idf[index], Float::sum);
            }
        }
        double norm = Math.sqrt(counts.values().stream().mapToDouble(v -> v * v).sum());
        int[] terms = new int[counts.size()];
        float[] weights = new float[counts.size()];
        int k = 0;
        for (Map.Entry<Integer, Float> e : counts.entrySet()) {
            terms[k] = e.getKey();
            weights[k++] = (float) (e.getValue() / norm * scale);
        }
        return new Features(embedding, terms, weights);
    }

    int size() {
        return vocabulary.size();
    }

    /** Words and word pairs, lower-cased. */
    static List<String> terms(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            words.add(matcher.group());
        }
        List<String> terms = new ArrayList<>(words);
        for (int i = 1; i < words.size(); i++) {
            terms.add(words.get(i - 1) + ' ' + words.get(i));
        }
        return terms;
    }
}
