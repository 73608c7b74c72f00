package dev.helpbot.bench;

import dev.helpbot.core.HelpbotEngines;
import dev.helpbot.core.content.Content;
import dev.helpbot.core.content.ContentLoader;
import dev.helpbot.core.content.LabeledText;
import dev.helpbot.core.nlu.IntentClassifier;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Single-thread classification of the bot's own example phrasings, cycling through all of them:
 * throughput (ops/s) and, with {@code -bm sample}, the latency distribution (p50/p99).
 */
@State(Scope.Thread)
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class ClassifierBenchmark {

    private IntentClassifier classifier;
    private List<String> texts;
    private int next;

    @Setup
    public void train() {
        Content content = ContentLoader.standard().loadBundled();
        classifier = HelpbotEngines.trainClassifier(content);
        texts = content.nlu().examples().stream().map(LabeledText::text).toList();
    }

    @Benchmark
    public Object classify() {
        String text = texts.get(next);
        next = next + 1 == texts.size() ? 0 : next + 1;
        return classifier.classify(text);
    }
}
