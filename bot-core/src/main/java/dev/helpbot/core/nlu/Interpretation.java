package dev.helpbot.core.nlu;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * What a text was read as: every intent the classifier knows, with its probability. Held as two arrays
 * and ranked only when someone asks for the ranking, because classification is on the hot path and most
 * callers want just the top intent.
 */
public final class Interpretation {

    public static final Interpretation NONE = new Interpretation(new String[0], new double[0]);

    private final String[] intents;
    private final double[] probabilities;
    private final int best;

    /**
     * @param intents       intent names; shared with the classifier, never modified
     * @param probabilities the probability of each intent, same order
     */
    private Interpretation(String[] intents, double[] probabilities) {
        if (intents.length != probabilities.length) {
            throw new IllegalArgumentException("one probability per intent");
        }
        this.intents = intents;
        this.probabilities = probabilities;
        int top = intents.length == 0 ? -1 : 0;
        for (int i = 1; i < probabilities.length; i++) {
            if (probabilities[i] > probabilities[top]) {
                top = i;
            }
        }
        this.best = top;
    }

    /** From a classifier's outcome names and probabilities; the arrays must not change afterwards. */
    public static Interpretation of(String[] intents, double[] probabilities) {
        return new Interpretation(intents, probabilities);
    }

    public String topIntent() {
        return best < 0 ? null : intents[best];
    }

    public double confidence() {
        return best < 0 ? 0.0 : probabilities[best];
    }

    /** The probability of {@code intent}, or 0 when the classifier does not know it. */
    public double probabilityOf(String intent) {
        for (int i = 0; i < intents.length; i++) {
            if (intents[i].equals(intent)) {
                return probabilities[i];
            }
        }
        return 0.0;
    }

    /** Every intent, most probable first. */
    public List<RankedIntent> ranking() {
        List<RankedIntent> ranking = new ArrayList<>(intents.length);
        for (int i = 0; i < intents.length; i++) {
            ranking.add(new RankedIntent(intents[i], probabilities[i]));
        }
        ranking.sort(Comparator.comparingDouble(RankedIntent::probability).reversed());
        return ranking;
    }

    /**
     * This reading with the given intents made {@code factor} times likelier, renormalised: Bayes' rule
     * with a prior that depends on where the conversation is.
     */
    public Interpretation withPrior(Set<String> favoured, double factor) {
        double[] adjusted = new double[probabilities.length];
        double total = 0;
        for (int i = 0; i < intents.length; i++) {
            adjusted[i] = probabilities[i] * (favoured.contains(intents[i]) ? factor : 1.0);
            total += adjusted[i];
        }
        if (total <= 0) {
            return this;
        }
        for (int i = 0; i < adjusted.length; i++) {
            adjusted[i] /= total;
        }
        return new Interpretation(intents, adjusted);
    }

    public record RankedIntent(String intent, double probability) {
    }

    @Override
    public String toString() {
        return "Interpretation" + ranking();
    }
}
