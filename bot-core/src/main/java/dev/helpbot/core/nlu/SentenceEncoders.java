package dev.helpbot.core.nlu;

import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the shipped sentence encoder: bge-small-en-v1.5, quantized, as packaged with its tokenizer in
 * langchain4j's Maven jar (chosen over all-MiniLM-L6-v2 for accuracy; see the README). Loading never
 * throws: on a platform without native libraries, or with a broken model file, it says so in one log
 * line and returns empty, and the classifier runs on its n-gram view alone.
 */
public final class SentenceEncoders {

    private static final Logger LOG = LoggerFactory.getLogger(SentenceEncoders.class);

    public static final String BGE_SMALL = "bge-small-en-v1.5-q";
    private static final String BGE_MODEL = "/bge-small-en-v1.5-q.onnx";
    private static final String BGE_TOKENIZER = "/bge-small-en-v1.5-q-tokenizer.json";

    private SentenceEncoders() {
    }

    /** The shipped encoder with a cache of short texts, or empty when it is disabled or cannot run here. */
    public static Optional<SentenceEncoder> load(NluSettings settings) {
        if (!settings.encoderEnabled()) {
            LOG.info("sentence encoder disabled (nlu.encoder_enabled: false): classifying with the n-gram view alone");
            return Optional.empty();
        }
        try (InputStream model = SentenceEncoders.class.getResourceAsStream(BGE_MODEL);
             InputStream tokenizer = SentenceEncoders.class.getResourceAsStream(BGE_TOKENIZER)) {
            if (model == null || tokenizer == null) {
                return failed(new IOException(BGE_MODEL + " or its tokenizer is not on the classpath"));
            }
            return load(BGE_SMALL, model.readAllBytes(), tokenizer.readAllBytes(), settings);
        } catch (IOException e) {
            return failed(e);
        }
    }

    /**
     * Any BERT-style ONNX model with CLS pooling and its Hugging Face {@code tokenizer.json}; tests feed it
     * broken files.
     */
    public static Optional<SentenceEncoder> load(String modelId, byte[] onnxModel, byte[] tokenizerJson,
            NluSettings settings) {
        long started = System.nanoTime();
        try {
            prepareNativeCache(settings);
            OnnxSentenceEncoder encoder = new OnnxSentenceEncoder(modelId, onnxModel, tokenizerJson, PoolingMode.CLS,
                    settings.threads());
            LOG.info("sentence encoder {} loaded in {} ms ({} dimensions)", modelId,
                    (System.nanoTime() - started) / 1_000_000, encoder.dimension());
            return Optional.of(settings.cachedTexts() == 0 ? encoder
                    : new CachedSentenceEncoder(encoder, settings.cachedTexts(), settings.cachedTextLength()));
        } catch (Exception | LinkageError e) {
            // LinkageError: no native library for this platform (UnsatisfiedLinkError) or one that fails to start.
            return failed(e);
        }
    }

    private static Optional<SentenceEncoder> failed(Throwable cause) {
        LOG.warn("sentence encoder unavailable, classifying with the n-gram view alone: {}", oneLine(cause));
        return Optional.empty();
    }

    /**
     * DJL's tokenizer unpacks its native library under {@code ~/.djl.ai} unless told otherwise, and would
     * try to download one for a platform its jar lacks. Point it at our cache directory and keep it offline,
     * so that a read-only home, a non-root user or a machine without internet access still works.
     */
    private static void prepareNativeCache(NluSettings settings) throws IOException {
        Files.createDirectories(settings.cacheDirectory());
        String djl = settings.cacheDirectory().resolve("djl").toString();
        setIfAbsent("DJL_CACHE_DIR", djl);
        setIfAbsent("ENGINE_CACHE_DIR", djl);
        setIfAbsent("ai.djl.offline", "true");
    }

    private static void setIfAbsent(String property, String value) {
        if (System.getProperty(property) == null && System.getenv(property) == null) {
            System.setProperty(property, value);
        }
    }

    private static String oneLine(Throwable cause) {
        String message = cause.getClass().getSimpleName() + ": " + cause.getMessage();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
