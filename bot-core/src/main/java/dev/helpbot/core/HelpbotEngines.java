package dev.helpbot.core;

import dev.helpbot.core.content.Content;
import dev.helpbot.core.content.LabeledText;
import dev.helpbot.core.nlu.HashedPerceptronClassifier;
import dev.helpbot.core.nlu.IntentClassifier;
import java.util.Collection;

/**
 * The shipped way to train the intent classifier, shared by the app, `helpbot nlu`, the tests and the
 * benchmarks, so that what is measured is what runs.
 */
public final class HelpbotEngines {

    private HelpbotEngines() {
    }

    /** Trains on the content's own examples. */
    public static IntentClassifier trainClassifier(Content content) {
        return trainClassifier(content.nlu().examples());
    }

    public static IntentClassifier trainClassifier(Collection<LabeledText> examples) {
        return HashedPerceptronClassifier.train(examples, HashedPerceptronClassifier.Settings.forExamples(examples.size()));
    }
}
