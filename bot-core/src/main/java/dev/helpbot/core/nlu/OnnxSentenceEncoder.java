package dev.helpbot.core.nlu;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A BERT-style sentence encoder run in-process by ONNX Runtime, with the tokenizer that ships beside the
 * model. Each call runs on the caller's thread with one intra-op thread: a chat bot serves many short
 * messages at once, so parallelism comes from concurrent messages, not from splitting one message's
 * matrix products (the measurement for issue 12, with ONNX Runtime's default threads, got 200-300 texts/s
 * on two cores; this setup encodes about 890/s there, README). Many texts are spread over {@code threads}.
 */
final class OnnxSentenceEncoder implements SentenceEncoder, AutoCloseable {

    private final String modelId;
    private final int dimension;
    private final OrtSession session;
    private final AbstractInProcessEmbeddingModel model;
    private final int threads;

    OnnxSentenceEncoder(String modelId, byte[] onnxModel, byte[] tokenizerJson, PoolingMode pooling, int threads)
            throws OrtException {
        this.modelId = modelId;
        this.threads = threads;
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            this.session = environment.createSession(onnxModel, options);
        }
        OnnxBertBiEncoder encoder = new OnnxBertBiEncoder(environment, session,
                new ByteArrayInputStream(tokenizerJson), pooling);
        // langchain4j's public entry point; texts are handed to it one at a time, on the caller's thread.
        this.model = new AbstractInProcessEmbeddingModel(Runnable::run) {
            @Override
            protected OnnxBertBiEncoder model() {
                return encoder;
            }
        };
        this.dimension = model.embed("hello").content().vector().length;
    }

    @Override
    public String modelId() {
        return modelId;
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public float[] encode(String text) {
        // langchain4j's encoder fails on a text that makes no tokens (found by EncoderFuzzTest), so a text
        // the tokenizer would reduce to nothing is read as a lone full stop: content-free, like the text.
        return model.embed(hasTokens(text) ? text : BLANK).content().vector();
    }

    private static final String BLANK = ".";

    /**
     * Whether BERT's tokenizer keeps anything of {@code text}: it drops whitespace, U+FFFD and every
     * character of Unicode's "other" categories (control, format, unassigned, private use, surrogate).
     */
    static boolean hasTokens(String text) {
        return text.codePoints().anyMatch(c -> {
            int type = Character.getType(c);
            return !Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != 0xFFFD
                    && type != Character.CONTROL && type != Character.FORMAT && type != Character.UNASSIGNED
                    && type != Character.PRIVATE_USE && type != Character.SURROGATE;
        });
    }

    @Override
    public List<float[]> encodeAll(List<String> texts) {
        if (threads == 1 || texts.size() < 2) {
            return SentenceEncoder.super.encodeAll(texts);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "helpbot-encoder");
            thread.setDaemon(true);
            return thread;
        });
        try {
            int chunk = (texts.size() + threads * 8 - 1) / (threads * 8);
            List<Future<List<float[]>>> parts = new ArrayList<>();
            for (int from = 0; from < texts.size(); from += chunk) {
                List<String> part = texts.subList(from, Math.min(texts.size(), from + chunk));
                parts.add(pool.submit(() -> SentenceEncoder.super.encodeAll(part)));
            }
            List<float[]> vectors = new ArrayList<>(texts.size());
            for (Future<List<float[]>> part : parts) {
                vectors.addAll(part.get());
            }
            return vectors;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("encoding was interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("encoding failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    @Override
    public void close() throws OrtException {
        session.close();
    }
}
