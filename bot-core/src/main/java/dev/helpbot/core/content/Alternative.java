package dev.helpbot.core.content;

import java.util.List;

/**
 * A way to finish a fix that is a choice rather than the next step: one of several ("free up space" or
 * "get more space"), or a single one to use instead when its label applies ("Frozen, or no slider?").
 *
 * @param label what the alternative is for, shown in bold before its steps
 * @param steps one to three short sentences, shown together after the label
 */
public record Alternative(String label, List<String> steps) {

    public Alternative {
        steps = List.copyOf(steps);
    }
}
