package dev.helpbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import dev.helpbot.app.config.ConfigLoader;
import dev.helpbot.core.content.ContentLoader;
import dev.helpbot.core.nlu.FusedClassifier;
import dev.helpbot.core.testing.LogCapture;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Start-up reads the shipped model; with content.directory it trains, encoding only what is new. */
class NluStartupTest {

    @TempDir
    Path temp;

    @Test
    void start_withBundledContent_readsTheShippedModel() {
        try (LogCapture log = LogCapture.of(Level.INFO);
             HelpbotRuntime runtime = HelpbotRuntime.start(config(Map.of()))) {
            assertThat(((FusedClassifier) runtime.classifier()).encoderActive()).isTrue();
            assertThat(log.lines()).anySatisfy(line -> assertThat(line).contains("shipped NLU model read in"));
            assertThat(log.lines()).noneSatisfy(line -> assertThat(line).contains("NLU model trained"));
        }
    }

    @Test
    void start_withContentDirectory_trainsReusingEncodings_andKeepsNewOnesInTheCache() throws IOException {
        Path content = temp.resolve("content");
        Files.createDirectories(content);
        for (String file : ContentLoader.FILES) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(ContentLoader.BUNDLED_PREFIX + file)) {
                Files.write(content.resolve(file), in.readAllBytes());
            }
        }
        String nlu = Files.readString(content.resolve(ContentLoader.NLU_FILE))
                .replace("      - \"my iphone wont back up\"\n",
                        "      - \"my iphone wont back up\"\n      - \"a brand new example about a backup that never finishes\"\n");
        Files.writeString(content.resolve(ContentLoader.NLU_FILE), nlu);
        Path cache = temp.resolve("cache");
        Map<String, String> env = Map.of("HELPBOT_CONTENT_DIRECTORY", content.toString(),
                "HELPBOT_NLU_CACHE_DIR", cache.toString());

        try (LogCapture log = LogCapture.of(Level.INFO);
             HelpbotRuntime runtime = HelpbotRuntime.start(config(env))) {
            assertThat(runtime.classifier().classify("a brand new example about a backup that never finishes").topIntent())
                    .isEqualTo("backup_fails");
            assertThat(log.lines()).anySatisfy(line -> assertThat(line).contains("NLU model trained on")
                    .contains(" 1 encoded,").contains("n-gram and encoder views"));
        }
        try (var files = Files.list(cache)) {
            assertThat(files.map(f -> f.getFileName().toString())).contains("encodings-bge-small-en-v1.5-q.bin");
        }
    }

    private static dev.helpbot.app.config.HelpbotConfig config(Map<String, String> env) {
        return new ConfigLoader(env).load(Optional.empty());
    }
}
