package dev.helpbot.bench;

import dev.helpbot.core.HelpbotEngines;
import dev.helpbot.core.content.ContentLoader;
import dev.helpbot.core.content.LabeledText;
import dev.helpbot.core.nlu.IntentClassifier;
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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Single-thread classification, cycling through every text: throughput (ops/s) and, with
 * {@code -bm sample}, the latency distribution (p50/p99). By default it trains on the bot's own
 * examples and classifies them; {@code -p train=T.tsv -p test=E.tsv} measures another data set, e.g.
 * CLINC150's, with the same classifier the bot ships.
 */
@State(Scope.Thread)
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.SECONDS)
// The scorer's hot loops reach their final compiled form only after about 15 s on CLINC150-sized models.
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class ClassifierBenchmark {

    /** A label-TAB-text file to train on; empty: the bot's own examples. */
    @Param("")
    public String train;

    /** A label-TAB-text file whose texts are classified; empty: the training texts. */
    @Param("")
    public String test;

    private IntentClassifier classifier;
    private List<String> texts;
    private int next;

    @Setup
    public void trainClassifier() throws IOException {
        List<LabeledText> examples = train.isEmpty()
                ? ContentLoader.standard().loadBundled().nlu().examples() : read(train);
        classifier = HelpbotEngines.trainClassifier(examples);
        texts = (test.isEmpty() ? examples : read(test)).stream().map(LabeledText::text).toList();
    }

    private static List<LabeledText> read(String file) throws IOException {
        return Files.readAllLines(Path.of(file)).stream().filter(line -> line.indexOf('\t') > 0)
                .map(line -> new LabeledText(line.substring(0, line.indexOf('\t')), line.substring(line.indexOf('\t') + 1)))
                .toList();
    }

    @Benchmark
    public Object classify() {
        String text = texts.get(next);
        next = next + 1 == texts.size() ? 0 : next + 1;
        return classifier.classify(text);
    }
}
