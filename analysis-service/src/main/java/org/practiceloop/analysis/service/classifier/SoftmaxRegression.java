package org.practiceloop.analysis.service.classifier;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * Multinomial logistic regression over a standardised dense block and a sparse block, trained by
 * full-batch gradient descent with momentum from zero weights: the same data always gives the
 * same weights.
 */
final class SoftmaxRegression {

    /** Enough to converge on a couple of thousand items (checked against longer runs). */
    record Training(int epochs, double learningRate, double momentum, double l2) {

        static final Training DEFAULT = new Training(80, 0.5, 0.9, 0.01);
    }

    private final float[] mean;
    private final float[] inverseDeviation;
    /** [class][dense features, then sparse features, then bias]. */
    private final double[][] weights;
    private final int dense;

    private SoftmaxRegression(float[] mean, float[] inverseDeviation, double[][] weights) {
        this.mean = mean;
        this.inverseDeviation = inverseDeviation;
        this.weights = weights;
        this.dense = mean.length;
    }

    static SoftmaxRegression train(List<Features> items, int[] classes, int classCount, int sparseSize,
            Training training) {
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
        SoftmaxRegression model = new SoftmaxRegression(mean, deviation, new double[classCount][d + sparseSize + 1]);
        model.fit(items, classes, training);
        return model;
    }

    private void fit(List<Features> items, int[] classes, Training training) {
        int n = items.size();
        int bias = weights[0].length - 1;
        double[][] x = items.stream().map(f -> standardize(f.embedding())).toArray(double[][]::new);
        double[][] velocity = new double[weights.length][weights[0].length];
        double[][] gradient = new double[weights.length][weights[0].length];
        double[] p = new double[weights.length];
        for (int epoch = 0; epoch < training.epochs(); epoch++) {
            for (double[] row : gradient) {
                Arrays.fill(row, 0);
            }
            for (int i = 0; i < n; i++) {
                Features f = items.get(i);
                softmax(x[i], f, p);
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
                    double g = gradient[c][j] + (j < bias ? training.l2() * weights[c][j] : 0);
                    velocity[c][j] = training.momentum() * velocity[c][j] - training.learningRate() * g;
                    weights[c][j] += velocity[c][j];
                }
            }
        }
    }

    void writeTo(DataOutputStream out) throws IOException {
        out.writeInt(dense);
        out.writeInt(weights.length);
        out.writeInt(weights[0].length);
        for (int j = 0; j < dense; j++) {
            out.writeFloat(mean[j]);
            out.writeFloat(inverseDeviation[j]);
        }
        for (double[] row : weights) {
            for (double w : row) {
                out.writeDouble(w);
            }
        }
    }

    static SoftmaxRegression readFrom(DataInputStream in) throws IOException {
        int dense = in.readInt();
        double[][] weights = new double[in.readInt()][in.readInt()];
        float[] mean = new float[dense];
        float[] inverseDeviation = new float[dense];
        for (int j = 0; j < dense; j++) {
            mean[j] = in.readFloat();
            inverseDeviation[j] = in.readFloat();
        }
        for (double[] row : weights) {
            for (int j = 0; j < row.length; j++) {
                row[j] = in.readDouble();
            }
        }
        return new SoftmaxRegression(mean, inverseDeviation, weights);
    }

    double[] probabilities(Features features) {
        double[] p = new double[weights.length];
        softmax(standardize(features.embedding()), features, p);
        return p;
    }

    private double[] standardize(float[] embedding) {
        double[] x = new double[dense];
        for (int j = 0; j < dense; j++) {
            x[j] = (embedding[j] - mean[j]) * inverseDeviation[j];
        }
        return x;
    }

    private void softmax(double[] x, Features f, double[] out) {
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < weights.length; c++) {
            double[] w = weights[c];
            double z = w[w.length - 1];
            for (int j = 0; j < dense; j++) {
                z += w[j] * x[j];
            }
            for (int k = 0; k < f.terms().length; k++) {
                z += w[dense + f.terms()[k]] * f.termWeights()[k];
            }
            out[c] = z;
            max = Math.max(max, z);
        }
        double sum = 0;
        for (int c = 0; c < out.length; c++) {
            out[c] = Math.exp(out[c] - max);
            sum += out[c];
        }
        for (int c = 0; c < out.length; c++) {
            out[c] /= sum;
        }
    }
}
