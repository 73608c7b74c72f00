package dev.helpbot.app.nlu;

/** One test row after the out-of-scope rule: its gold label, what we predicted, and how sure we were. */
public record Prediction(String gold, String predicted, double confidence) {

    public boolean correct() {
        return gold.equals(predicted);
    }
}
