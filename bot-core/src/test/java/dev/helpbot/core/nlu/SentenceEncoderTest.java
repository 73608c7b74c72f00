package dev.helpbot.core.nlu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.helpbot.core.HelpbotEngines;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped encoder, for real: unit vectors whose distances follow meaning, and a cache that is exact. */
class SentenceEncoderTest {

    private static final SentenceEncoder ENCODER = HelpbotEngines.encoder().orElseThrow(
            () -> new AssertionError("the sentence encoder should load on the build machine"));

    @Test
    void encode_anyText_givesAUnitVectorOf384Dimensions() {
        float[] vector = ENCODER.encode("my iphone won't back up to icloud");
        assertThat(ENCODER.dimension()).isEqualTo(384);
        assertThat(vector).hasSize(384);
        assertThat(SentenceEncoder.similarity(vector, vector)).isCloseTo(1.0, within(1e-4));
    }

    @Test
    void encode_paraphrases_areCloserThanUnrelatedRequests() {
        float[] storage = ENCODER.encode("my icloud storage is full");
        float[] paraphrase = ENCODER.encode("no room left in icloud");
        float[] unrelated = ENCODER.encode("book me a table for two tonight");
        assertThat(SentenceEncoder.similarity(storage, paraphrase))
                .isGreaterThan(SentenceEncoder.similarity(storage, unrelated) + 0.1);
    }

    @Test
    void encode_textsThatDifferInCaseOrSpacing_shareOneCachedEncoding() {
        float[] first = ENCODER.encode("Still  failing");
        assertThat(ENCODER.encode("still failing ")).isSameAs(first);
        assertThat(CachedSentenceEncoder.key("Still  failing")).isEqualTo("still failing");
    }

    /** Regression: langchain4j's encoder threw IndexOutOfBoundsException on a text that makes no tokens. */
    @Test
    void encode_textOfOnlyControlAndFormatCharacters_givesTheBlankEncoding() {
        float[] blank = ENCODER.encode(".");
        for (String empty : new String[] {"", "   ", "\u200D\u0018\u200B\u202E\u001D\n", "\uFEFF\u2066\u0085\uFFFD"}) {
            assertThat(OnnxSentenceEncoder.hasTokens(empty)).isFalse();
            assertThat(SentenceEncoder.similarity(ENCODER.encode(empty), blank)).isCloseTo(1.0, within(1e-5));
        }
        assertThat(OnnxSentenceEncoder.hasTokens("\u200Dhi")).isTrue();
    }

    @Test
    void encodeAll_inParallel_matchesOneByOne() {
        List<String> texts = List.of("wifi keeps dropping", "the backup is stuck", "thanks a lot", "fix 4 please",
                "my phone is an iphone 8", "is icloud down right now");
        List<float[]> together = ENCODER.encodeAll(texts);
        for (int i = 0; i < texts.size(); i++) {
            assertThat(SentenceEncoder.similarity(together.get(i), ENCODER.encode(texts.get(i))))
                    .isCloseTo(1.0, within(1e-5));
        }
    }
}
