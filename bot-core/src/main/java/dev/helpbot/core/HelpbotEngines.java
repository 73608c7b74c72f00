package dev.helpbot.core;

import dev.helpbot.core.content.Content;
import dev.helpbot.core.content.LabeledText;
import dev.helpbot.core.content.OutOfScopeKinds;
import dev.helpbot.core.content.OutOfScopeExamples;
import dev.helpbot.core.dialogue.Intents;
import dev.helpbot.core.nlu.EncodingStore;
import dev.helpbot.core.nlu.FusedClassifier;
import dev.helpbot.core.nlu.HashedPerceptronClassifier;
import dev.helpbot.core.nlu.IntentClassifier;
import dev.helpbot.core.nlu.NluSettings;
import dev.helpbot.core.nlu.SentenceEncoder;
import dev.helpbot.core.nlu.SentenceEncoders;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The shipped ways to get the intent classifier, shared by the app, `helpbot nlu`, the tests and the
 * benchmarks, so that what is measured is what runs:
 * <ul>
 *   <li>{@link #shippedClassifier}: the model the build trained on the bundled content and the borrowed
 *       out-of-scope examples, read from the jar; nothing is encoded or trained;</li>
 *   <li>{@link #trainClassifier(Content, OutOfScopeKinds)}: the same training, at start-up, for content edited
 *       without rebuilding;</li>
 *   <li>{@link #trainClassifier(Collection)}: the same classifier on examples as given (evaluation).</li>
 * </ul>
 * One sentence encoder serves the whole process: it holds a model of about 100 MB.
 */
public final class HelpbotEngines {

    public static final String SHIPPED_MODEL = "helpbot/nlu-model.bin";
    public static final String SHIPPED_ENCODINGS = "helpbot/nlu-encodings.bin";

    private static Optional<SentenceEncoder> encoder;
    private static EncodingStore encodings;

    private HelpbotEngines() {
    }

    /** The process's sentence encoder, loaded on first use with these settings; later settings are ignored. */
    public static synchronized Optional<SentenceEncoder> encoder(NluSettings settings) {
        if (encoder == null) {
            encoder = SentenceEncoders.load(settings);
        }
        return encoder;
    }

    public static Optional<SentenceEncoder> encoder() {
        return encoder(NluSettings.defaults());
    }

    /**
     * Encodings of every text trained on in this process, starting from those the build shipped, so that
     * a second training (another fold, a content edit) encodes only what is new.
     */
    public static synchronized Optional<EncodingStore> encodings(Optional<SentenceEncoder> forEncoder) {
        if (forEncoder.isEmpty()) {
            return Optional.empty();
        }
        if (encodings == null || !encodings.modelId().equals(forEncoder.get().modelId())) {
            encodings = new EncodingStore(forEncoder.get().modelId(), forEncoder.get().dimension());
            try (InputStream in = HelpbotEngines.class.getClassLoader().getResourceAsStream(SHIPPED_ENCODINGS)) {
                if (in != null) {
                    encodings.addAll(EncodingStore.read(in));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("the shipped encodings " + SHIPPED_ENCODINGS + " are unreadable", e);
            }
        }
        return Optional.of(encodings);
    }

    /** The model the build trained, with the encoder view when the encoder is available. */
    public static FusedClassifier shippedClassifier(Optional<SentenceEncoder> withEncoder) {
        try (InputStream in = HelpbotEngines.class.getClassLoader().getResourceAsStream(SHIPPED_MODEL)) {
            if (in == null) {
                throw new IllegalStateException(SHIPPED_MODEL + " is not on the classpath: build bot-core with Maven"
                        + " (its process-classes phase trains the model)");
            }
            return FusedClassifier.read(in, withEncoder);
        } catch (IOException e) {
            throw new UncheckedIOException("the shipped model " + SHIPPED_MODEL + " is unreadable", e);
        }
    }

    public static FusedClassifier shippedClassifier() {
        return shippedClassifier(encoder());
    }

    /** The bot's own model trained on {@code content} and the bundled near misses, as the build trains it. */
    public static FusedClassifier trainClassifier(Content content) {
        return trainClassifier(content, OutOfScopeExamples.bundledKinds(content.nlu()), encoder()).classifier();
    }

    /** What training the bot's own model did: the model, and how many texts it encoded or found encoded. */
    public record Trained(FusedClassifier classifier, int examples, int encoded, int reused) {
    }

    /**
     * The bot's own model, as the build trains it: the content's examples plus the out-of-scope examples
     * of {@link #outOfScope}, with the encodings in {@link #encodings} reused.
     */
    public static Trained trainClassifier(Content content, OutOfScopeKinds outOfScopeKinds, Optional<SentenceEncoder> withEncoder) {
        List<LabeledText> examples = new ArrayList<>(content.nlu().examples());
        examples.addAll(outOfScope(outOfScopeKinds));
        Optional<EncodingStore.Encoded> encoded = encodings(withEncoder).map(store ->
                store.encode(examples.stream().map(LabeledText::text).toList(), withEncoder.get()));
        FusedClassifier classifier = FusedClassifier.train(examples, withEncoder, encoded.map(EncodingStore.Encoded::vectors),
                FusedClassifier.DEFAULT_ENCODER_WEIGHT);
        return new Trained(classifier, examples.size(), encoded.map(EncodingStore.Encoded::encoded).orElse(0),
                encoded.map(EncodingStore.Encoded::reused).orElse(0));
    }

    /** Near misses and borrowed CLINC150 requests, all labelled out of scope. */
    public static List<LabeledText> outOfScope(OutOfScopeKinds outOfScopeKinds) {
        return outOfScope(outOfScopeKinds, OutOfScopeExamples.CLINC150_ROWS_PER_INTENT);
    }

    /** As {@link #outOfScope(OutOfScopeKinds)} with {@code clincPerIntent} CLINC150 rows per intent, to measure the size. */
    public static List<LabeledText> outOfScope(OutOfScopeKinds outOfScopeKinds, int clincPerIntent) {
        List<LabeledText> examples = new ArrayList<>(outOfScopeKinds.examples());
        examples.addAll(OutOfScopeExamples.clinc150(Intents.OUT_OF_SCOPE, clincPerIntent));
        return examples;
    }

    /** The shipped classifier trained on exactly these examples: both views when the encoder runs here. */
    public static FusedClassifier trainClassifier(Collection<LabeledText> examples) {
        return train(List.copyOf(examples), encoder());
    }

    /** The n-gram view alone, as shipped before the encoder: the baseline the fused model must beat. */
    public static IntentClassifier trainNgramClassifier(Collection<LabeledText> examples) {
        return HashedPerceptronClassifier.train(examples, HashedPerceptronClassifier.Settings.forExamples(examples.size()));
    }

    static FusedClassifier train(List<LabeledText> examples, Optional<SentenceEncoder> withEncoder) {
        Optional<List<float[]>> vectors = encodings(withEncoder).map(store ->
                store.encode(examples.stream().map(LabeledText::text).toList(), withEncoder.get()).vectors());
        return FusedClassifier.train(examples, withEncoder, vectors, FusedClassifier.DEFAULT_ENCODER_WEIGHT);
    }
}
