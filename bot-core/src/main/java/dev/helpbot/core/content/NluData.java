package dev.helpbot.core.content;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The training examples of every intent, as declared in {@code nlu.yaml}. */
public record NluData(List<IntentExamples> intents) {

    public NluData {
        intents = List.copyOf(intents);
    }

    public Set<String> intentNames() {
        return intents.stream().map(IntentExamples::intent).collect(Collectors.toUnmodifiableSet());
    }

    /** Every example as a (label, text) pair, in file order. */
    public List<LabeledText> examples() {
        return intents.stream()
                .flatMap(i -> i.examples().stream().map(e -> new LabeledText(i.intent(), e)))
                .toList();
    }

    /** This data with {@code extra} examples added to {@code intent}, which must be declared. */
    public NluData withExamples(String intent, List<String> extra) {
        if (extra.isEmpty()) {
            return this;
        }
        return new NluData(intents.stream().map(i -> i.intent().equals(intent)
                ? new IntentExamples(i.intent(), i.description(),
                Stream.concat(i.examples().stream(), extra.stream()).toList())
                : i).toList());
    }

    public record IntentExamples(String intent, String description, List<String> examples) {
        public IntentExamples {
            examples = List.copyOf(examples);
        }
    }
}
