package org.practiceloop.analysis.service.classifier;

/** How a model's token vectors become one sentence vector (each model is trained for one). */
public enum Pooling {
    /** The first ([CLS]) token's vector. */
    CLS {
        @Override
        float[] pool(float[][] tokens, long[] attentionMask) {
            return tokens[0].clone();
        }
    },
    /** The mean of the real (unpadded) tokens' vectors. */
    MEAN {
        @Override
        float[] pool(float[][] tokens, long[] attentionMask) {
            float[] sum = new float[tokens[0].length];
            int count = 0;
            for (int t = 0; t < tokens.length; t++) {
                if (attentionMask[t] == 0) {
                    continue;
                }
                count++;
                for (int d = 0; d < sum.length; d++) {
                    sum[d] += tokens[t][d];
                }
            }
            for (int d = 0; d < sum.length; d++) {
                sum[d] /= Math.max(count, 1);
            }
            return sum;
        }
    };

    abstract float[] pool(float[][] tokens, long[] attentionMask);
}
