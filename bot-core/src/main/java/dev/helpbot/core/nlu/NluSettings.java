package dev.helpbot.core.nlu;

import java.nio.file.Path;

/**
 * How the encoder view runs; bot-app fills it from the {@code nlu} section of {@code helpbot.yaml}.
 *
 * @param encoderEnabled     false runs the n-gram view alone, e.g. on a machine too small for the encoder
 * @param cacheDirectory     where DJL's tokenizer unpacks its native library and where encodings of
 *                           content examples are kept between start-ups; must be writable
 * @param cachedTexts        how many encodings of short texts to keep in memory
 * @param cachedTextLength   texts up to this many characters are cached ("no", "still failing"); longer
 *                           ones rarely repeat
 * @param threads            encoder calls run at once when encoding many texts (training)
 */
public record NluSettings(boolean encoderEnabled, Path cacheDirectory, int cachedTexts, int cachedTextLength,
                          int threads) {

    public static final int DEFAULT_CACHED_TEXTS = 20_000;
    public static final int DEFAULT_CACHED_TEXT_LENGTH = 64;

    public NluSettings {
        if (cachedTexts < 0 || cachedTextLength < 0 || threads < 1) {
            throw new IllegalArgumentException("cache sizes must be >= 0 and threads >= 1");
        }
    }

    /** Under {@code java.io.tmpdir}, per user, so that a read-only home or a non-root user still works. */
    public static Path defaultCacheDirectory() {
        String user = System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9._-]", "_");
        return Path.of(System.getProperty("java.io.tmpdir"), "helpbot-nlu-" + user);
    }

    public static NluSettings defaults() {
        return new NluSettings(true, defaultCacheDirectory(), DEFAULT_CACHED_TEXTS, DEFAULT_CACHED_TEXT_LENGTH,
                Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())));
    }

    public NluSettings withCacheDirectory(Path directory) {
        return new NluSettings(encoderEnabled, directory, cachedTexts, cachedTextLength, threads);
    }

    public NluSettings withCachedTexts(int entries) {
        return new NluSettings(encoderEnabled, cacheDirectory, entries, cachedTextLength, threads);
    }

    public NluSettings withEncoderEnabled(boolean enabled) {
        return new NluSettings(enabled, cacheDirectory, cachedTexts, cachedTextLength, threads);
    }
}
