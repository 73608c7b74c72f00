package dev.helpbot.app;

import dev.helpbot.core.HelpbotEngines;
import dev.helpbot.core.content.Content;
import dev.helpbot.core.content.ContentLoader;
import dev.helpbot.core.content.OutOfScopeKinds;
import dev.helpbot.core.content.OutOfScopeExamples;
import dev.helpbot.core.nlu.EncodingStore;
import dev.helpbot.core.nlu.FusedClassifier;
import dev.helpbot.core.nlu.NluSettings;
import dev.helpbot.core.nlu.SentenceEncoder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The classifier a bot process starts with. With the bundled content it reads the model the build
 * trained: nothing is encoded or trained. With {@code content.directory} set it trains on that content
 * at start-up, reusing the shipped encodings and those kept in {@code nlu.cache_dir}, so that only new
 * or edited examples are encoded, and logs how long it took.
 */
final class NluStartup {

    private static final Logger LOG = LoggerFactory.getLogger(NluStartup.class);

    private final NluSettings settings;

    NluStartup(NluSettings settings) {
        this.settings = settings;
    }

    FusedClassifier classifier(Content content, Optional<Path> contentDirectory) {
        long started = System.nanoTime();
        Optional<SentenceEncoder> encoder = HelpbotEngines.encoder(settings);
        if (contentDirectory.isEmpty()) {
            FusedClassifier shipped = HelpbotEngines.shippedClassifier(encoder);
            LOG.info("shipped NLU model read in {} ms: {}", millisSince(started), views(shipped));
            return shipped;
        }
        Path directory = contentDirectory.get();
        OutOfScopeKinds outOfScopeKinds = outOfScopeKinds(directory, content);
        Path cacheFile = encoder.map(e -> settings.cacheDirectory().resolve("encodings-" + e.modelId() + ".bin"))
                .orElse(null);
        HelpbotEngines.encodings(encoder).ifPresent(store -> readCache(store, cacheFile));
        HelpbotEngines.Trained trained = HelpbotEngines.trainClassifier(content, outOfScopeKinds, encoder);
        LOG.info("NLU model trained on {} in {} ms: {} examples, {} encoded, {} encodings reused; {}", directory,
                millisSince(started), trained.examples(), trained.encoded(), trained.reused(), views(trained.classifier()));
        if (trained.encoded() > 0) {
            HelpbotEngines.encodings(encoder).ifPresent(store -> writeCache(store, cacheFile));
        }
        return trained.classifier();
    }

    /** {@code out_of_scope.yaml} from the content directory when it has one, else the bundled file. */
    private static OutOfScopeKinds outOfScopeKinds(Path directory, Content content) {
        Path file = directory.resolve(OutOfScopeExamples.KINDS_FILE);
        if (!Files.exists(file)) {
            return OutOfScopeExamples.bundledKinds(content.nlu());
        }
        try {
            return OutOfScopeExamples.outOfScopeKinds(Files.newInputStream(file), content.nlu(), ContentLoader.standardRules());
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + file + " failed", e);
        }
    }

    private static void readCache(EncodingStore store, Path file) {
        if (file == null || !Files.exists(file)) {
            return;
        }
        try (InputStream in = Files.newInputStream(file)) {
            store.addAll(EncodingStore.read(in));
        } catch (IOException e) {
            LOG.warn("ignoring the unreadable encoding cache {}: {}", file, e.getMessage());
        }
    }

    private static void writeCache(EncodingStore store, Path file) {
        try {
            store.save(file);
        } catch (IOException e) {
            LOG.warn("could not keep encodings in {} (set nlu.cache_dir to a writable folder): {}", file, e.toString());
        }
    }

    private static String views(FusedClassifier classifier) {
        return classifier.encoderActive() ? "n-gram and encoder views" : "n-gram view alone";
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
