package dev.helpbot.core.nlu;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

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

    /**
     * This reading with the given intents made {@code factor} times likelier, renormalised and re-ranked:
     * Bayes' rule with a prior that depends on where the conversation is.
     */
    public Interpretation withPrior(Set<String> favoured, double factor) {
        double total = 0;
        List<RankedIntent> adjusted = new ArrayList<>(ranking.size());
        for (RankedIntent ranked : ranking) {
            double weight = ranked.probability() * (favoured.contains(ranked.intent()) ? factor : 1.0);
            adjusted.add(new RankedIntent(ranked.intent(), weight));
            total += weight;
        }
        if (total <= 0) {
            return this;
        }
        List<RankedIntent> normalised = new ArrayList<>(adjusted.size());
        for (RankedIntent ranked : adjusted) {
            normalised.add(new RankedIntent(ranked.intent(), ranked.probability() / total));
        }
        normalised.sort(Comparator.comparingDouble(RankedIntent::probability).reversed());
        return new Interpretation(normalised);
    }

    public record RankedIntent(String intent, double probability) {
    }
}
