package org.practiceloop.analysis.service.classifier;

import ai.onnxruntime.OrtException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.stream.IntStream;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Distils {@link StaticEmbeddings} from the sentence encoder, the Model2Vec way: each word piece
 * of the vocabulary encoded alone, the vectors reduced by PCA, then weighted down by how
 * frequent the piece is (smooth inverse frequency, the frequency from the piece's rank in the
 * vocabulary, which lists whole words by frequency from "the" on). Deterministic: the same
 * encoder gives the same table.
 */
final class StaticDistillation {

    /** PCA dimensions kept. */
    static final int DIMENSIONS = 256;
    /** Smooth-inverse-frequency coefficient (Model2Vec's default). */
    private static final double SIF = 1e-4;

    private StaticDistillation() {
    }

    static StaticEmbeddings distil(SentenceEncoder encoder, EmbeddingModel model) {
        int vocabulary = vocabularySize(model);
        float[][] tokens = IntStream.range(0, vocabulary).parallel().mapToObj(id -> {
            try {
                return encoder.encodeToken(id);
            } catch (OrtException e) {
                throw new IllegalStateException("Cannot encode token " + id, e);
            }
        }).toArray(float[][]::new);
        float[][] reduced = pca(tokens, DIMENSIONS);
        double[] inverseRank = IntStream.range(0, vocabulary).mapToDouble(id -> 1.0 / (id + 2)).toArray();
        double total = 0;
        for (double r : inverseRank) {
            total += r;
        }
        for (int id = 0; id < vocabulary; id++) {
            float weight = (float) (SIF / (SIF + inverseRank[id] / total));
            for (int d = 0; d < DIMENSIONS; d++) {
                reduced[id][d] *= weight;
            }
        }
        return StaticEmbeddings.of(reduced);
    }

    /** The vectors centred and projected on their {@code k} principal axes. */
    private static float[][] pca(float[][] vectors, int k) {
        int n = vectors.length;
        int d = vectors[0].length;
        double[] mean = new double[d];
        for (float[] v : vectors) {
            for (int j = 0; j < d; j++) {
                mean[j] += v[j] / (double) n;
            }
        }
        double[][] covariance = new double[d][d];
        IntStream.range(0, d).parallel().forEach(a -> {
            for (float[] v : vectors) {
                double ca = v[a] - mean[a];
                for (int b = a; b < d; b++) {
                    covariance[a][b] += ca * (v[b] - mean[b]);
                }
            }
        });
        for (int a = 0; a < d; a++) {
            for (int b = 0; b < a; b++) {
                covariance[a][b] = covariance[b][a];
            }
        }
        EigenDecomposition eigen = new EigenDecomposition(MatrixUtils.createRealMatrix(covariance));
        double[] values = eigen.getRealEigenvalues();
        Integer[] order = IntStream.range(0, d).boxed().sorted((x, y) -> Double.compare(values[y], values[x]))
                .toArray(Integer[]::new);
        RealMatrix v = eigen.getV();
        double[][] axes = IntStream.range(0, k).mapToObj(c -> v.getColumn(order[c])).toArray(double[][]::new);
        float[][] reduced = new float[n][k];
        IntStream.range(0, n).parallel().forEach(i -> {
            for (int c = 0; c < k; c++) {
                double sum = 0;
                for (int j = 0; j < d; j++) {
                    sum += (vectors[i][j] - mean[j]) * axes[c][j];
                }
                reduced[i][c] = (float) sum;
            }
        });
        return reduced;
    }

    private static int vocabularySize(EmbeddingModel model) {
        try (InputStream in = StaticDistillation.class.getClassLoader().getResourceAsStream(model.tokenizerResource())) {
            return new ObjectMapper().readTree(in).path("model").path("vocab").size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
