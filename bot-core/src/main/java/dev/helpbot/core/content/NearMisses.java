package dev.helpbot.core.content;

import java.util.List;

/**
 * Out-of-scope examples of our own, from {@code near-misses.yaml}: messages close to the bot's domain
 * that it does not handle, grouped by kind, all learned as one label.
 */
public record NearMisses(String label, List<Kind> kinds) {

    public NearMisses {
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
