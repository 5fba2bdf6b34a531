package org.practiceloop.analysis.service.classifier;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Sentence embeddings from a quantised BERT-style ONNX model that ships inside a Maven artifact,
 * computed in process. Each text is its own ONNX call, run single-threaded on one of a few
 * workers: the model quantises its activations per call, so a text encoded in a batch would get
 * an embedding that depends on its neighbours; and on 2 cores one text per call on two workers
 * measured as fast as batches of 4 and faster than batches of 8 or more (benchmarks/README.md).
 */
public final class SentenceEncoder implements AutoCloseable {

    private final OrtEnvironment environment;
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final EmbeddingModel model;
    private final ExecutorService workers;

    private SentenceEncoder(OrtEnvironment environment, OrtSession session, HuggingFaceTokenizer tokenizer,
            EmbeddingModel model, int workers) {
        this.environment = environment;
        this.session = session;
        this.tokenizer = tokenizer;
        this.model = model;
        this.workers = Executors.newFixedThreadPool(workers, runnable -> {
            Thread thread = new Thread(runnable, "sentence-encoder");
            thread.setDaemon(true);
            return thread;
        });
    }

    public static SentenceEncoder load(EmbeddingModel model, int workers) {
        try (InputStream onnx = resource(model.onnxResource()); InputStream tokenizerJson = resource(model.tokenizerResource())) {
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            OrtSession session = environment.createSession(onnx.readAllBytes(), options);
            HuggingFaceTokenizer tokenizer = HuggingFaceTokenizer.newInstance(tokenizerJson, Map.of(
                    "truncation", "true", "maxLength", String.valueOf(model.maxTokens())));
            return new SentenceEncoder(environment, session, tokenizer, model, workers);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read embedding model " + model, e);
        } catch (OrtException e) {
            throw new IllegalStateException("Cannot load embedding model " + model, e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = SentenceEncoder.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("Embedding model resource " + name + " is not on the classpath");
        }
        return in;
    }

    /** One unit-length vector per text, in the texts' order. */
    public float[][] encode(List<String> texts) {
        // A text repeated among them (the same line in two fields of an evaluation) is encoded once.
        Map<String, Future<float[]>> vectors = new HashMap<>();
        for (String text : texts) {
            vectors.computeIfAbsent(text, t -> workers.submit(() -> encodeOne(t)));
        }
        return texts.stream().map(text -> await(vectors.get(text))).toArray(float[][]::new);
    }

    private static float[] await(Future<float[]> vector) {
        try {
            return vector.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while encoding", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Encoding failed", e.getCause());
        }
    }

    private float[] encodeOne(String text) throws OrtException {
        Encoding encoding = tokenizer.encode(text);
        return normalize(pooled(encoding.getIds(), encoding.getAttentionMask(), encoding.getTypeIds()));
    }

    /** The word-piece ids of {@code text} without the special tokens, truncated as the encoder truncates. */
    long[] tokenIds(String text) {
        return tokenizer.encode(text, false, false).getIds();
    }

    /**
     * The model's pooled output, not normalised, for {@code tokenId} alone between the special
     * tokens a text gets: what static embeddings are distilled from ({@code StaticDistillation}).
     */
    float[] encodeToken(long tokenId) throws OrtException {
        long[] frame = tokenizer.encode("").getIds(); // the special tokens only
        long[] ids = {frame[0], tokenId, frame[1]};
        return pooled(ids, new long[] {1, 1, 1}, new long[3]);
    }

    private float[] pooled(long[] ids, long[] mask, long[] typeIds) throws OrtException {
        Map<String, OnnxTensor> inputs = new HashMap<>();
        try {
            inputs.put("input_ids", OnnxTensor.createTensor(environment, new long[][] {ids}));
            inputs.put("attention_mask", OnnxTensor.createTensor(environment, new long[][] {mask}));
            if (session.getInputNames().contains("token_type_ids")) {
                inputs.put("token_type_ids", OnnxTensor.createTensor(environment, new long[][] {typeIds}));
            }
            try (OrtSession.Result result = session.run(inputs)) {
                float[][][] hidden = (float[][][]) result.get(0).getValue();
                return model.pooling().pool(hidden[0], mask);
            }
        } finally {
            inputs.values().forEach(OnnxTensor::close);
        }
    }

    static float[] normalize(float[] vector) {
        double norm = 0;
        for (float v : vector) {
            norm += v * v;
        }
        float scale = (float) (1 / Math.max(Math.sqrt(norm), 1e-12));
        for (int i = 0; i < vector.length; i++) {
            vector[i] *= scale;
        }
        return vector;
    }

    @Override
    public void close() {
        workers.shutdownNow();
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException(e);
        }
        tokenizer.close();
    }
}
