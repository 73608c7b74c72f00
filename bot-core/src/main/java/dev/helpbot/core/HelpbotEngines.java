package dev.helpbot.core;

import dev.helpbot.core.content.Content;
import dev.helpbot.core.nlu.IntentClassifier;
import dev.helpbot.core.nlu.MaxentIntentClassifier;

/** The shipped way to turn content into a classifier, shared by the app, the tests and the benchmarks. */
public final class HelpbotEngines {

    private HelpbotEngines() {
    }

    /** Trains the intent classifier on the content's own examples. */
    public static IntentClassifier trainClassifier(Content content) {
        return MaxentIntentClassifier.train(content.nlu().examples(), MaxentIntentClassifier.TrainingSettings.defaults());
    }
}
