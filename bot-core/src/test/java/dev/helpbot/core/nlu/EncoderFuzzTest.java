package dev.helpbot.core.nlu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.helpbot.core.HelpbotEngines;
import dev.helpbot.core.testing.Gen;
import dev.helpbot.core.testing.Gen.CodePoints;
import dev.helpbot.core.testing.Properties;
import org.junit.jupiter.api.Test;

/**
 * The real tokenizer and model survive anything a user can type: a few thousand hostile texts (the
 * engine fuzz, which runs 60,000, uses the n-gram view alone) each give a finite unit vector.
 */
class EncoderFuzzTest {

    private final FusedClassifier classifier = HelpbotEngines.shippedClassifier();
    private final SentenceEncoder encoder = HelpbotEngines.encoder().orElseThrow();

    @Test
    void anyText_encodesToAFiniteUnitVector_andClassifies() {
        assertThat(classifier.encoderActive()).isTrue();
        Properties.forAll(2_000, hostileText(), text -> {
            float[] vector = encoder.encode(text);
            assertThat(vector).hasSize(encoder.dimension());
            double norm = 0;
            for (float v : vector) {
                assertThat(Float.isFinite(v)).isTrue();
                norm += v * v;
            }
            assertThat(norm).isCloseTo(1.0, within(1e-3));
            Interpretation reading = classifier.classify(text);
            assertThat(reading.confidence()).isBetween(0.0, 1.0);
        });
    }

    /** Like the engine fuzz's texts, shorter (up to 600 characters): the engine refuses
 * texts over 2,000 characters unread, and the tokenizer cuts long texts into 510-token pieces anyway. */
    private static Gen<String> hostileText() {
        Gen<String> unicode = Gen.strings(CodePoints.any(), 0, 120);
        Gen<String> controls = Gen.strings(CodePoints.range('\u0000', '\u001F')
                .and(CodePoints.of("\u202E\u202D\u200B\u200D\uFEFF\u2066\u0085")), 0, 50);
        Gen<String> longText = Gen.strings(CodePoints.range('a', 'z').and(CodePoints.of(" ")), 200, 600);
        Gen<String> whitespace = Gen.strings(CodePoints.of(" \t\n\r\u00A0\u3000"), 0, 40);
        Gen<String> fragments = Gen.constants("", "[CLS]", "[SEP] [PAD] [UNK] [MASK]", "##ing", "😀🔥💾",
                "مرحبا \u202Egnp.exe", "日本語のテキスト", "@everyone", "```\nrm -rf /\n```", "\\u0000", "null");
        Gen<String> mixed = Gen.strings(CodePoints.range(' ', '~').and(CodePoints.of("😀\u202E@<")), 0, 200);
        return Gen.oneOf(unicode, controls, longText, whitespace, fragments, mixed,
                fragments.list(5).map(parts -> String.join(" ", parts)));
    }
}
