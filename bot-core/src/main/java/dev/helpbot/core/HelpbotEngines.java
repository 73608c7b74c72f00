package dev.helpbot.core;

import dev.helpbot.core.content.Content;
import dev.helpbot.core.nlu.IntentClassifier;
import dev.helpbot.core.nlu.MaxentIntentClassifier;
import dev.helpbot.core.session.SessionStore;

/** Named ways to build a ready {@link ConversationEngine}. */
public final class HelpbotEngines {

    private HelpbotEngines() {
    }

    /** Trains the intent classifier on the content's own examples and wires an engine around it. */
    public static ConversationEngine trained(Content content, SessionStore store, EngineSettings settings) {
        return ConversationEngine.builder(content, trainClassifier(content)).store(store).settings(settings).build();
    }

    public static IntentClassifier trainClassifier(Content content) {
        return MaxentIntentClassifier.train(content.nlu().examples(), MaxentIntentClassifier.TrainingSettings.defaults());
    }
}
