package org.practiceloop.analysis.service.classifier;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * Multinomial logistic regression over a standardised dense block and a sparse block: the
 * trained weights and what applies them ({@code SoftmaxTraining} in the test sources trains them).
 */
final class SoftmaxRegression {

    private final float[] mean;
    private final float[] inverseDeviation;
    /** [class][dense features, then sparse features, then bias]. */
    private final double[][] weights;
    private final int dense;

    /** {@code weights} is the model's own array: training ({@code SoftmaxTraining}) fits it in place. */
    SoftmaxRegression(float[] mean, float[] inverseDeviation, double[][] weights) {
        this.mean = mean;
        this.inverseDeviation = inverseDeviation;
        this.weights = weights;
        this.dense = mean.length;
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

    double[] standardize(float[] embedding) {
        double[] x = new double[dense];
        for (int j = 0; j < dense; j++) {
            x[j] = (embedding[j] - mean[j]) * inverseDeviation[j];
        }
        return x;
    }

    /** The class probabilities of standardised {@code x} with {@code f}'s sparse terms, into {@code out}. */
    void softmax(double[] x, Features f, double[] out) {
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
