package dev.helpbot.core;

import dev.helpbot.core.content.Content;
import dev.helpbot.core.content.ContentLoader;
import dev.helpbot.core.content.LabeledText;
import dev.helpbot.core.content.OutOfScopeExamples;
import dev.helpbot.core.nlu.EncodingStore;
import dev.helpbot.core.nlu.FusedClassifier;
import dev.helpbot.core.nlu.NluSettings;
import dev.helpbot.core.nlu.SentenceEncoder;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Trains the shipped model during the build (bot-core's process-classes phase, see its pom), so that
 * the bot starts without encoding or training anything and every module's tests use exactly the model
 * that ships. Writes {@link HelpbotEngines#SHIPPED_MODEL} and the training texts' encodings
 * ({@link HelpbotEngines#SHIPPED_ENCODINGS}) under the classes directory. When neither the content nor
 * the NLU code changed since the last build, it keeps what is there.
 * Run: {@code java -cp ... dev.helpbot.core.ShippedModelBuilder target/classes}.
 */
public final class ShippedModelBuilder {

    private static final String DIGEST_FILE = "helpbot/nlu-model.sha256";

    private ShippedModelBuilder() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: ShippedModelBuilder CLASSES_DIRECTORY");
            System.exit(2);
        }
        Path classes = Path.of(args[0]);
        String digest = inputsDigest(classes);
        Path digestFile = classes.resolve(DIGEST_FILE);
        if (Files.exists(classes.resolve(HelpbotEngines.SHIPPED_MODEL)) && Files.exists(digestFile)
                && Files.readString(digestFile).strip().equals(digest)) {
            System.out.println("[helpbot] shipped NLU model is up to date");
            return;
        }
        long started = System.nanoTime();
        Content content = ContentLoader.standard().loadBundled();
        List<LabeledText> examples = new ArrayList<>(content.nlu().examples());
        examples.addAll(HelpbotEngines.outOfScope(OutOfScopeExamples.bundledKinds(content.nlu())));
        Optional<SentenceEncoder> encoder = HelpbotEngines.encoder(NluSettings.defaults()
                .withCacheDirectory(classes.resolve("../nlu-cache").normalize()));
        if (encoder.isEmpty()) {
            throw new IllegalStateException("the sentence encoder does not run on this build machine (see the log"
                    + " line above); the shipped model needs it");
        }
        EncodingStore store = HelpbotEngines.encodings(encoder).orElseThrow();
        List<String> texts = examples.stream().map(LabeledText::text).toList();
        EncodingStore.Encoded encoded = store.encode(texts, encoder.get());
        long encodedAt = System.nanoTime();
        FusedClassifier classifier = FusedClassifier.train(examples, encoder, Optional.of(encoded.vectors()),
                FusedClassifier.DEFAULT_ENCODER_WEIGHT);
        Path model = classes.resolve(HelpbotEngines.SHIPPED_MODEL);
        Files.createDirectories(model.getParent());
        try (OutputStream out = Files.newOutputStream(model)) {
            classifier.write(out);
        }
        store.subset(texts).save(classes.resolve(HelpbotEngines.SHIPPED_ENCODINGS));
        Files.writeString(digestFile, digest);
        System.out.printf(Locale.ROOT, "[helpbot] shipped NLU model: %d examples (%d intents' own), %d encoded and"
                        + " %d reused in %.1f s, trained in %.1f s, %d KB%n",
                examples.size(), content.nlu().examples().size(), encoded.encoded(), encoded.reused(),
                (encodedAt - started) / 1e9, (System.nanoTime() - encodedAt) / 1e9, Files.size(model) / 1024);
    }

    /** The content files, the borrowed data and the compiled NLU code: what the model depends on. */
    private static String inputsDigest(Path classes) throws IOException, NoSuchAlgorithmException {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        // faq.yaml too: its questions are examples of the question intent.
        for (String resource : List.of(ContentLoader.BUNDLED_PREFIX + ContentLoader.NLU_FILE,
                ContentLoader.BUNDLED_PREFIX + ContentLoader.FAQ_FILE,
                ContentLoader.BUNDLED_PREFIX + OutOfScopeExamples.KINDS_FILE, OutOfScopeExamples.CLINC150_TRAIN)) {
            try (InputStream in = ShippedModelBuilder.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IOException(resource + " is not on the classpath");
                }
                sha.update(in.readAllBytes());
            }
        }
        for (String code : List.of("dev/helpbot/core/nlu", "dev/helpbot/core/content")) {
            try (Stream<Path> files = Files.list(classes.resolve(code))) {
                for (Path file : files.sorted().toList()) {
                    sha.update(file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                    sha.update(Files.readAllBytes(file));
                }
            }
        }
        sha.update(Files.readAllBytes(classes.resolve("dev/helpbot/core/HelpbotEngines.class")));
        return HexFormat.of().formatHex(sha.digest());
    }
}
