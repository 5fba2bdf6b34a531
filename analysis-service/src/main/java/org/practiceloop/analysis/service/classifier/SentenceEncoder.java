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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

/**
 * Sentence embeddings from a quantised BERT-style ONNX model that ships inside a Maven artifact,
 * computed in process. Texts are encoded in small padded batches on a few workers, each ONNX call
 * on one thread: on 2 cores that beats one call using both cores (langchain4j's own encoder embeds
 * one text per call, which measured about 25% slower here).
 */
public final class SentenceEncoder implements AutoCloseable {

    private final OrtEnvironment environment;
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final EmbeddingModel model;
    private final ExecutorService workers;
    private final int workerCount;
    private final int batchSize;

    private SentenceEncoder(OrtEnvironment environment, OrtSession session, HuggingFaceTokenizer tokenizer,
            EmbeddingModel model, int workers, int batchSize) {
        this.environment = environment;
        this.session = session;
        this.tokenizer = tokenizer;
        this.model = model;
        this.workers = Executors.newFixedThreadPool(workers, runnable -> {
            Thread thread = new Thread(runnable, "sentence-encoder");
            thread.setDaemon(true);
            return thread;
        });
        this.workerCount = workers;
        this.batchSize = batchSize;
    }

    public static SentenceEncoder load(EmbeddingModel model, int workers, int batchSize) {
        try (InputStream onnx = resource(model.onnxResource()); InputStream tokenizerJson = resource(model.tokenizerResource())) {
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            OrtSession session = environment.createSession(onnx.readAllBytes(), options);
            HuggingFaceTokenizer tokenizer = HuggingFaceTokenizer.newInstance(tokenizerJson, Map.of(
                    "padding", "true", "truncation", "true", "maxLength", String.valueOf(model.maxTokens())));
            return new SentenceEncoder(environment, session, tokenizer, model, workers, batchSize);
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
        // Batches of similar lengths waste little on padding.
        int[] byLength = IntStream.range(0, texts.size()).boxed()
                .sorted(Comparator.comparingInt(i -> texts.get(i).length()))
                .mapToInt(Integer::intValue).toArray();
        // A few texts (one evaluation's items) still keep every worker busy.
        int size = Math.max(1, Math.min(batchSize, (texts.size() + workerCount - 1) / workerCount));
        List<Future<float[][]>> batches = new ArrayList<>();
        for (int start = 0; start < byLength.length; start += size) {
            List<String> batch = new ArrayList<>();
            for (int k = start; k < Math.min(byLength.length, start + size); k++) {
                batch.add(texts.get(byLength[k]));
            }
            batches.add(workers.submit(() -> encodeBatch(batch)));
        }
        float[][] vectors = new float[texts.size()][];
        int k = 0;
        for (Future<float[][]> batch : batches) {
            for (float[] vector : await(batch)) {
                vectors[byLength[k++]] = vector;
            }
        }
        return vectors;
    }

    private static float[][] await(Future<float[][]> batch) {
        try {
            return batch.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while encoding", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Encoding failed", e.getCause());
        }
    }

    private float[][] encodeBatch(List<String> texts) throws OrtException {
        Encoding[] encodings = tokenizer.batchEncode(texts);
        long[][] ids = new long[encodings.length][];
        long[][] mask = new long[encodings.length][];
        long[][] types = new long[encodings.length][];
        for (int i = 0; i < encodings.length; i++) {
            ids[i] = encodings[i].getIds();
            mask[i] = encodings[i].getAttentionMask();
            types[i] = encodings[i].getTypeIds();
        }
        Map<String, OnnxTensor> inputs = new HashMap<>();
        try {
            inputs.put("input_ids", OnnxTensor.createTensor(environment, ids));
            inputs.put("attention_mask", OnnxTensor.createTensor(environment, mask));
            if (session.getInputNames().contains("token_type_ids")) {
                inputs.put("token_type_ids", OnnxTensor.createTensor(environment, types));
            }
            try (OrtSession.Result result = session.run(inputs)) {
                float[][][] hidden = (float[][][]) result.get(0).getValue();
                float[][] vectors = new float[hidden.length][];
                for (int i = 0; i < hidden.length; i++) {
                    vectors[i] = normalize(model.pooling().pool(hidden[i], mask[i]));
                }
                return vectors;
            }
        } finally {
            inputs.values().forEach(OnnxTensor::close);
        }
    }

    private static float[] normalize(float[] vector) {
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
