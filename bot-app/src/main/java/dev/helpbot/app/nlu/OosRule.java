package dev.helpbot.app.nlu;

import java.util.List;

/**
 * When a reading counts as out of scope: the classifier picked the out-of-scope label itself, or its
 * top probability is below the threshold. A threshold of 0 relies on a trained out-of-scope class only.
 */
public record OosRule(String oosLabel, double threshold) {

    public OosRule {
        if (oosLabel == null || oosLabel.isBlank()) {
            throw new IllegalArgumentException("the out-of-scope label must not be empty");
        }
        if (!(threshold >= 0.0 && threshold <= 1.0)) {
            throw new IllegalArgumentException("the threshold must be between 0 and 1, not " + threshold);
        }
    }

    public Prediction apply(Scored scored) {
        boolean outOfScope = scored.topIntent() == null || scored.topIntent().equals(oosLabel)
                || scored.confidence() < threshold;
        return new Prediction(scored.gold(), outOfScope ? oosLabel : scored.topIntent(), scored.confidence());
    }

    public List<Prediction> applyAll(List<Scored> scored) {
        return scored.stream().map(this::apply).toList();
    }
}
