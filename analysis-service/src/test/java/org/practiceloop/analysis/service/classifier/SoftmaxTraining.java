package org.practiceloop.analysis.service.classifier;

import java.util.Arrays;
import java.util.List;

/**
 * Trains a {@link SoftmaxRegression} by full-batch gradient descent with momentum from zero
 * weights: the same data always gives the same weights.
 */
final class SoftmaxTraining {

    /** Enough to converge on a couple of thousand items (checked against longer runs). */
    record Settings(int epochs, double learningRate, double momentum, double l2) {

        static final Settings DEFAULT = new Settings(80, 0.5, 0.9, 0.01);
    }

    private SoftmaxTraining() {
    }

    static SoftmaxRegression train(List<Features> items, int[] classes, int classCount, int sparseSize,
            Settings settings) {
        int n = items.size();
        int d = items.get(0).embedding().length;
        float[] mean = new float[d];
        float[] deviation = new float[d];
        for (Features f : items) {
            for (int j = 0; j < d; j++) {
                mean[j] += f.embedding()[j] / n;
            }
        }
        for (Features f : items) {
            for (int j = 0; j < d; j++) {
                float centred = f.embedding()[j] - mean[j];
                deviation[j] += centred * centred / n;
            }
        }
        for (int j = 0; j < d; j++) {
            deviation[j] = (float) (1 / (Math.sqrt(deviation[j]) + 1e-6));
        }
        double[][] weights = new double[classCount][d + sparseSize + 1];
        SoftmaxRegression model = new SoftmaxRegression(mean, deviation, weights);
        fit(model, weights, d, items, classes, settings);
        return model;
    }

    private static void fit(SoftmaxRegression model, double[][] weights, int dense, List<Features> items,
            int[] classes, Settings settings) {
        int n = items.size();
        int bias = weights[0].length - 1;
        double[][] x = items.stream().map(f -> model.standardize(f.embedding())).toArray(double[][]::new);
        double[][] velocity = new double[weights.length][weights[0].length];
        double[][] gradient = new double[weights.length][weights[0].length];
        double[] p = new double[weights.length];
        for (int epoch = 0; epoch < settings.epochs(); epoch++) {
            for (double[] row : gradient) {
                Arrays.fill(row, 0);
            }
            for (int i = 0; i < n; i++) {
                Features f = items.get(i);
                model.softmax(x[i], f, p);
                p[classes[i]] -= 1;
                for (int c = 0; c < weights.length; c++) {
                    double error = p[c] / n;
                    double[] g = gradient[c];
                    for (int j = 0; j < dense; j++) {
                        g[j] += error * x[i][j];
                    }
                    for (int k = 0; k < f.terms().length; k++) {
                        g[dense + f.terms()[k]] += error * f.termWeights()[k];
                    }
                    g[bias] += error;
                }
            }
            for (int c = 0; c < weights.length; c++) {
                for (int j = 0; j <= bias; j++) {
                    double g = gradient[c][j] + (j < bias ? settings.l2() * weights[c][j] : 0);
                    velocity[c][j] = settings.momentum() * velocity[c][j] - settings.learningRate() * g;
                    weights[c][j] += velocity[c][j];
                }
            }
        }
    }
}
