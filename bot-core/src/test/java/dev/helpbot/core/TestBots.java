package dev.helpbot.core;

import dev.helpbot.core.channel.ChannelRuntime;
import dev.helpbot.core.channel.ChannelTexts;
import dev.helpbot.core.channel.DeliveryObserver;
import dev.helpbot.core.content.Content;
import dev.helpbot.core.content.ContentLoader;
import dev.helpbot.core.nlu.IntentClassifier;
import dev.helpbot.core.session.InMemorySessionStore;
import dev.helpbot.core.session.SessionStore;
import java.time.Duration;

/**
 * Shared fixtures: the shipped content and the shipped classifier, the model the build trained (read
 * from bot-core's classes, never retrained here). Adapter modules reuse this through bot-core's test jar.
 */
public final class TestBots {

    private static volatile Content content;
    private static volatile IntentClassifier classifier;
    private static volatile IntentClassifier ngramClassifier;

    private TestBots() {
    }

    public static Content content() {
        if (content == null) {
            synchronized (TestBots.class) {
                if (content == null) {
                    content = ContentLoader.standard().loadBundled();
                }
            }
        }
        return content;
    }

    public static IntentClassifier classifier() {
        if (classifier == null) {
            synchronized (TestBots.class) {
                if (classifier == null) {
                    classifier = HelpbotEngines.shippedClassifier();
                }
            }
        }
        return classifier;
    }

    /**
     * The shipped model's n-gram view alone, as the bot runs when the encoder cannot load: for fuzz and
     * property tests that push tens of thousands of distinct texts through the engine and check its
     * behaviour, not its understanding. The real encoder gets its own, smaller fuzz (EncoderFuzzTest).
     */
    public static IntentClassifier ngramClassifier() {
        if (ngramClassifier == null) {
            synchronized (TestBots.class) {
                if (ngramClassifier == null) {
                    ngramClassifier = HelpbotEngines.shippedClassifier(java.util.Optional.empty());
                }
            }
        }
        return ngramClassifier;
    }

    /** A fresh engine on the n-gram view alone; see {@link #ngramClassifier()}. */
    public static ConversationEngine ngramEngine() {
        return ConversationEngine.builder(content(), ngramClassifier()).store(sessions()).build();
    }

    /** A fresh engine with its own in-memory sessions and the shared classifier. */
    public static ConversationEngine engine() {
        return ConversationEngine.builder(content(), classifier()).store(sessions()).build();
    }

    /** Fresh conversations as a channel meets them: the engine behind {@code /backup-help stats}, no stats kept. */
    public static Conversations conversations() {
        SessionStore sessions = sessions();
        return new StatsCommand(ConversationEngine.builder(content(), classifier()).store(sessions).build(), content(),
                sessions, null);
    }

    /**
     * As {@link #conversations()} on the n-gram view alone, for the property tests that push thousands of
     * texts through and test the dialogue and the converters, not the encoder.
     */
    public static Conversations ngramConversations() {
        SessionStore sessions = sessions();
        return new StatsCommand(ConversationEngine.builder(content(), ngramClassifier()).store(sessions).build(),
                content(), sessions, null);
    }

    /** What a channel is built on in tests: fresh conversations, the shipped sentences, no metrics. */
    public static ChannelRuntime channelRuntime() {
        return ChannelRuntime.of(conversations(), ChannelTexts.from(content()), DeliveryObserver.NONE);
    }

    private static SessionStore sessions() {
        return new InMemorySessionStore(10_000, Duration.ofHours(1));
    }
}
