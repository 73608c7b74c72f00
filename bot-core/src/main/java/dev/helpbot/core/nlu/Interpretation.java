package dev.helpbot.core.nlu;

import java.util.List;

/**
 * What a text was read as: intents ranked by probability, best first.
 *
 * @param ranking every intent the classifier knows, with its probability; empty for no text
 */
public record Interpretation(List<RankedIntent> ranking) {

    public static final Interpretation NONE = new Interpretation(List.of());

    public Interpretation {
        ranking = List.copyOf(ranking);
    }

    /** A certain reading, as from a pressed button. */
    public static Interpretation certain(String intent) {
        return new Interpretation(List.of(new RankedIntent(intent, 1.0)));
    }

    public String topIntent() {
        return ranking.isEmpty() ? null : ranking.get(0).intent();
    }

    public double confidence() {
        return ranking.isEmpty() ? 0.0 : ranking.get(0).probability();
    }

    /** The probability of {@code intent}, or 0 when it is not ranked. */
    public double probabilityOf(String intent) {
        for (RankedIntent ranked : ranking) {
            if (ranked.intent().equals(intent)) {
                return ranked.probability();
            }
        }
        return 0.0;
    }

    public record RankedIntent(String intent, double probability) {
    }
}
