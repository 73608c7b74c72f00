package dev.helpbot.core.content;

import java.util.List;

/**
 * Out-of-scope examples of our own, from {@code out_of_scope.yaml}: everyday questions about the iPhone
 * and iCloud that are not about backups, grouped by kind, all learned as one label with the generic
 * out-of-scope answer. Near misses that get an answer of their own are intents in {@code nlu.yaml} with
 * their answers in {@code near_misses.yaml}.
 */
public record OutOfScopeKinds(String label, List<Kind> kinds) {

    public OutOfScopeKinds {
        kinds = List.copyOf(kinds);
    }

    public record Kind(String kind, String description, List<String> examples) {
        public Kind {
            examples = List.copyOf(examples);
        }
    }

    /** Every example, labelled. */
    public List<LabeledText> examples() {
        return kinds.stream().flatMap(k -> k.examples().stream().map(e -> new LabeledText(label, e))).toList();
    }
}
