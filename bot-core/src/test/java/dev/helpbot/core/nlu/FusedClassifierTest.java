package dev.helpbot.core.nlu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.helpbot.core.HelpbotEngines;
import dev.helpbot.core.content.LabeledText;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FusedClassifierTest {

    private static final List<String> TEXTS = List.of("icloud says not enough storage", "no room left in my icloud",
            "wifi keeps dropping", "nope still failing", "can i talk to a real person", "whats the weather tomorrow",
            "how do i change my ringtone", "my airpods wont connect");

    @Test
    void shippedModel_readFromTheJar_hasBothViews() {
        FusedClassifier classifier = HelpbotEngines.shippedClassifier();

        assertThat(classifier.encoderActive()).isTrue();
        assertThat(classifier.encoderWeight()).isEqualTo(FusedClassifier.DEFAULT_ENCODER_WEIGHT);
        assertThat(classifier.classify("no room left in my icloud").topIntent()).isEqualTo("storage_full");
        assertThat(classifier.classify("how do i change my ringtone").topIntent()).isEqualTo("out_of_scope");
    }

    @Test
    void writeThenRead_givesTheSameProbabilities() throws IOException {
        FusedClassifier shipped = HelpbotEngines.shippedClassifier();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        shipped.write(bytes);
        FusedClassifier read = FusedClassifier.read(new ByteArrayInputStream(bytes.toByteArray()), HelpbotEngines.encoder());

        for (String text : TEXTS) {
            List<Interpretation.RankedIntent> expected = shipped.classify(text).ranking();
            List<Interpretation.RankedIntent> actual = read.classify(text).ranking();
            assertThat(actual).hasSameSizeAs(expected);
            for (int i = 0; i < expected.size(); i++) {
                assertThat(actual.get(i).intent()).isEqualTo(expected.get(i).intent());
                assertThat(actual.get(i).probability()).isCloseTo(expected.get(i).probability(), within(1e-12));
            }
        }
    }

    @Test
    void encoderWeightZero_isTheNgramViewAlone() {
        FusedClassifier shipped = HelpbotEngines.shippedClassifier();
        FusedClassifier ngramOnly = shipped.withoutEncoder();
        FusedClassifier weightZero = shipped.withEncoderWeight(0);

        for (String text : TEXTS) {
            assertThat(weightZero.classify(text).confidence()).isCloseTo(ngramOnly.classify(text).confidence(), within(1e-12));
        }
    }

    @Test
    void read_aModelTrainedWithAnotherEncoder_runsItsNgramViewAlone() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        HelpbotEngines.shippedClassifier().write(bytes);
        SentenceEncoder other = new SentenceEncoder() {
            @Override
            public String modelId() {
                return "some-other-model";
            }

            @Override
            public int dimension() {
                return 384;
            }

            @Override
            public float[] encode(String text) {
                throw new AssertionError("must not be called");
            }
        };

        FusedClassifier read = FusedClassifier.read(new ByteArrayInputStream(bytes.toByteArray()), Optional.of(other));

        assertThat(read.encoderActive()).isFalse();
        assertThat(read.classify("wifi keeps dropping").topIntent()).isEqualTo("wifi_problem");
    }

    @Test
    void train_onFewExamples_learnsBothViews() {
        List<LabeledText> examples = List.of(new LabeledText("storage", "icloud storage is full"),
                new LabeledText("storage", "not enough space in icloud"), new LabeledText("storage", "out of storage"),
                new LabeledText("wifi", "wifi keeps dropping"), new LabeledText("wifi", "no internet connection"),
                new LabeledText("wifi", "my router is off"));

        FusedClassifier classifier = HelpbotEngines.trainClassifier(examples);

        assertThat(classifier.encoderActive()).isTrue();
        assertThat(classifier.classify("no room left in icloud").topIntent()).isEqualTo("storage");
        assertThat(classifier.classify("the wireless network is down").topIntent()).isEqualTo("wifi");
    }
}
