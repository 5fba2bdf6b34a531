package org.practiceloop.analysis.service.classifier;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * One fixed vector per word piece of the encoder's vocabulary, distilled from the encoder by the
 * build ({@code StaticDistillation}, the Model2Vec method): a text's embedding is the unit-length
 * mean of its word pieces' vectors, a lookup instead of a transformer pass. Kept as int8 with a
 * scale per word piece: a quarter of the float table's memory in the jar and the heap.
 */
final class StaticEmbeddings {

    private final int dimension;
    /** [token * dimension + d]. */
    private final byte[] table;
    private final float[] scale;

    private StaticEmbeddings(int dimension, byte[] table, float[] scale) {
        this.dimension = dimension;
        this.table = table;
        this.scale = scale;
    }

    /** Quantises {@code vectors} (one per token id) to int8, each row with its own scale. */
    static StaticEmbeddings of(float[][] vectors) {
        int dimension = vectors[0].length;
        byte[] table = new byte[vectors.length * dimension];
        float[] scale = new float[vectors.length];
        for (int t = 0; t < vectors.length; t++) {
            float max = 0;
            for (float v : vectors[t]) {
                max = Math.max(max, Math.abs(v));
            }
            scale[t] = max / 127;
            for (int d = 0; d < dimension; d++) {
                table[t * dimension + d] = (byte) (max == 0 ? 0 : Math.round(vectors[t][d] / scale[t]));
            }
        }
        return new StaticEmbeddings(dimension, table, scale);
    }

    /** The unit-length mean of the word pieces' vectors (zero for a text without any). */
    float[] embed(long[] tokenIds) {
        float[] sum = new float[dimension];
        for (long id : tokenIds) {
            int row = (int) id * dimension;
            float s = scale[(int) id];
            for (int d = 0; d < dimension; d++) {
                sum[d] += s * table[row + d];
            }
        }
        double norm = 0;
        for (float v : sum) {
            norm += v * v;
        }
        if (norm > 0) {
            float inverse = (float) (1 / Math.sqrt(norm));
            for (int d = 0; d < dimension; d++) {
                sum[d] *= inverse;
            }
        }
        return sum;
    }

    void writeTo(DataOutputStream out) throws IOException {
        out.writeInt(scale.length);
        out.writeInt(dimension);
        for (float s : scale) {
            out.writeFloat(s);
        }
        out.write(table);
    }

    static StaticEmbeddings readFrom(DataInputStream in) throws IOException {
        int tokens = in.readInt();
        int dimension = in.readInt();
        float[] scale = new float[tokens];
        for (int t = 0; t < tokens; t++) {
            scale[t] = in.readFloat();
        }
        byte[] table = new byte[tokens * dimension];
        in.readFully(table);
        return new StaticEmbeddings(dimension, table, scale);
    }
}
