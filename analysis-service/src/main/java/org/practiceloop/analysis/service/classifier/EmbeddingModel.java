package org.practiceloop.analysis.service.classifier;

/**
 * The sentence-embedding model: the ONNX file and tokenizer that langchain4j publishes inside a
 * Maven artifact (version pinned in the parent POM). bge-small-en-v1.5-q scored about the same on
 * the held-out set but encoded at 60% of this model's rate on 2 cores (analysis-service README).
 */
public enum EmbeddingModel {
    ALL_MINILM_L6_V2_Q("all-minilm-l6-v2-q.onnx", "all-minilm-l6-v2-q-tokenizer.json", Pooling.MEAN, 256);

    private final String onnxResource;
    private final String tokenizerResource;
    private final Pooling pooling;
    private final int maxTokens;

    EmbeddingModel(String onnxResource, String tokenizerResource, Pooling pooling, int maxTokens) {
        this.onnxResource = onnxResource;
        this.tokenizerResource = tokenizerResource;
        this.pooling = pooling;
        this.maxTokens = maxTokens;
    }

    String onnxResource() {
        return onnxResource;
    }

    String tokenizerResource() {
        return tokenizerResource;
    }

    Pooling pooling() {
        return pooling;
    }

    int maxTokens() {
        return maxTokens;
    }
}
