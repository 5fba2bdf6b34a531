package org.practiceloop.analysis.service.classifier;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * Out-of-fold predictions over the training set (each item's label confidence, and whether its
 * label was right), kept with the trained state so the service picks its "uncertain" threshold
 * for the configured {@code confident-precision} without training.
 */
record Calibration(double[] confidence, boolean[] correct) {

    /** The lowest label confidence at which these predictions reach the wanted accuracy. */
    double threshold(double confidentPrecision) {
        for (int step = 50; step < 100; step++) {
            double threshold = step / 100.0;
            int above = 0;
            int right = 0;
            for (int i = 0; i < confidence.length; i++) {
                if (confidence[i] >= threshold) {
                    above++;
                    right += correct[i] ? 1 : 0;
                }
            }
            if (above > 0 && (double) right / above >= confidentPrecision) {
                return threshold;
            }
        }
        return 0.99;
    }

    void writeTo(DataOutputStream out) throws IOException {
        out.writeInt(confidence.length);
        for (int i = 0; i < confidence.length; i++) {
            out.writeDouble(confidence[i]);
            out.writeBoolean(correct[i]);
        }
    }

    static Calibration readFrom(DataInputStream in) throws IOException {
        int n = in.readInt();
        double[] confidence = new double[n];
        boolean[] correct = new boolean[n];
        for (int i = 0; i < n; i++) {
            confidence[i] = in.readDouble();
            correct[i] = in.readBoolean();
        }
        return new Calibration(confidence, correct);
    }
}
