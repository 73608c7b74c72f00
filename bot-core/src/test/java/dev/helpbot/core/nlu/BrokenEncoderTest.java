package dev.helpbot.core.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import dev.helpbot.core.HelpbotEngines;
import dev.helpbot.core.testing.LogCapture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Graceful degradation: a model that cannot load leaves the bot on its n-gram view, said once in the log. */
class BrokenEncoderTest {

    @TempDir
    Path cache;

    @Test
    void load_brokenModelFile_isEmptyAndSaysSoInOneLine() throws Exception {
        byte[] tokenizer;
        try (var in = SentenceEncoders.class.getResourceAsStream("/bge-small-en-v1.5-q-tokenizer.json")) {
            tokenizer = in.readAllBytes();
        }
        byte[] notAModel = "this is not an ONNX model".getBytes(StandardCharsets.UTF_8);
        try (LogCapture log = LogCapture.of(Level.INFO)) {
            Optional<SentenceEncoder> encoder = SentenceEncoders.load("broken", notAModel, tokenizer,
                    NluSettings.defaults().withCacheDirectory(cache));

            assertThat(encoder).isEmpty();
            assertThat(log.lines()).filteredOn(line -> line.contains("sentence encoder")).singleElement()
                    .satisfies(line -> assertThat(line).startsWith("WARN").contains("n-gram view alone"));
        }
    }

    @Test
    void load_brokenTokenizer_isEmpty() throws Exception {
        byte[] model;
        try (var in = SentenceEncoders.class.getResourceAsStream("/bge-small-en-v1.5-q.onnx")) {
            model = in.readAllBytes();
        }
        assertThat(SentenceEncoders.load("broken", model, "{\"not\": \"a tokenizer\"}".getBytes(StandardCharsets.UTF_8),
                NluSettings.defaults().withCacheDirectory(cache))).isEmpty();
    }

    @Test
    void shippedModel_withoutEncoder_classifiesWithItsNgramView() {
        FusedClassifier classifier = HelpbotEngines.shippedClassifier(Optional.empty());

        assertThat(classifier.encoderActive()).isFalse();
        assertThat(classifier.classify("icloud says not enough storage").topIntent()).isEqualTo("storage_full");
        assertThat(classifier.classify("whats the weather in paris").topIntent()).isEqualTo("out_of_scope");
    }

    @Test
    void load_disabled_isEmpty() {
        assertThat(SentenceEncoders.load(NluSettings.defaults().withEncoderEnabled(false))).isEmpty();
    }
}
