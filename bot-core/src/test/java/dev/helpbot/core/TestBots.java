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
 * Shared fixtures: the shipped content and a classifier trained on it, built once per JVM because
 * training takes a second. Adapter modules reuse this through bot-core's test jar.
 */
public final class TestBots {

    private static volatile Content content;
    private static volatile IntentClassifier classifier;

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
                    classifier = HelpbotEngines.trainClassifier(content());
                }
            }
        }
        return classifier;
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

    /** What a channel is built on in tests: fresh conversations, the shipped sentences, no metrics. */
    public static ChannelRuntime channelRuntime() {
        return ChannelRuntime.of(conversations(), ChannelTexts.from(content()), DeliveryObserver.NONE);
    }

    private static SessionStore sessions() {
        return new InMemorySessionStore(10_000, Duration.ofHours(1));
    }
}
