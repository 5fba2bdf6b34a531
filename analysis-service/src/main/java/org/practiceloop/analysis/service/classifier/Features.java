package org.practiceloop.analysis.service.classifier;

/** One item's features: a dense sentence embedding and sparse weighted terms. */
record Features(float[] embedding, int[] terms, float[] termWeights) {
}
