package dev.helpbot.bench;

import dev.helpbot.core.HelpbotEngines;
import dev.helpbot.core.content.ContentLoader;
import dev.helpbot.core.content.LabeledText;
import dev.helpbot.core.nlu.FusedClassifier;
import dev.helpbot.core.nlu.IntentClassifier;
import dev.helpbot.core.nlu.NluSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Classification as the bot does it: throughput (ops/s) and, with {@code -bm sample}, the latency
 * distribution (p50/p99); {@code -t 2} for two threads.
 * <ul>
 *   <li>{@code view=fused} (the shipped model, both views) or {@code ngram} (its n-gram view alone);</li>
 *   <li>{@code cache=cold}: the encoder's cache of short texts is off, so every call runs the encoder,
 *       cycling through the bot's 1,183 examples (or {@code test}'s texts); {@code warm}: the cache is on
 *       and texts come from a few dozen short answers people repeat, so nearly every call is a hit.</li>
 * </ul>
 * {@code -p train=T.tsv -p test=E.tsv} trains the same classifier on another data set, e.g. CLINC150.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.SECONDS)
// The n-gram scorer's hot loops reach their final compiled form only after about 15 s on CLINC150-sized models.
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class ClassifierBenchmark {

    /** Short answers and follow-ups that recur in every conversation. */
    static final List<String> FREQUENT = List.of("no", "nope", "yes", "yes it worked", "still failing", "didnt work",
            "skip", "next", "go back", "thanks", "thank you", "ok", "done", "same thing", "nope still failing",
            "that worked", "human please", "talk to a person", "start over", "repeat that", "fix 4", "help",
            "it worked thanks", "not yet", "still not working", "no luck", "hi", "hello", "bye", "what");

    /** A label-TAB-text file to train on; empty: the shipped model. */
    @Param("")
    public String train;

    /** A label-TAB-text file whose texts are classified; empty: the bot's own examples. */
    @Param("")
    public String test;

    @Param({"fused", "ngram"})
    public String view;

    @Param({"cold", "warm"})
    public String cache;

    IntentClassifier classifier;
    List<String> texts;

    @Setup
    public void loadClassifier() throws IOException {
        // The process's encoder is created once, with these settings: a cold run has no cache at all.
        NluSettings settings = NluSettings.defaults();
        HelpbotEngines.encoder(cache.equals("cold") ? settings.withCachedTexts(0) : settings);
        List<LabeledText> examples = ContentLoader.standard().loadBundled().nlu().examples();
        FusedClassifier fused = train.isEmpty() ? HelpbotEngines.shippedClassifier()
                : HelpbotEngines.trainClassifier(read(train));
        classifier = view.equals("ngram") ? fused.withoutEncoder() : fused;
        texts = cache.equals("warm") ? FREQUENT
                : (test.isEmpty() ? examples : read(test)).stream().map(LabeledText::text).toList();
    }

    private static List<LabeledText> read(String file) throws IOException {
        return Files.readAllLines(Path.of(file)).stream().filter(line -> line.indexOf('\t') > 0)
                .map(line -> new LabeledText(line.substring(0, line.indexOf('\t')), line.substring(line.indexOf('\t') + 1)))
                .toList();
    }

    /** Each thread walks the texts from its own starting point. */
    @State(Scope.Thread)
    public static class Cursor {
        int next = (int) (Thread.currentThread().getId() * 7919);
    }

    @Benchmark
    public Object classify(Cursor cursor) {
        String text = texts.get(Math.floorMod(cursor.next++, texts.size()));
        return classifier.classify(text);
    }
}
