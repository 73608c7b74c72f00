package dev.helpbot.app;

import dev.helpbot.app.config.HelpbotConfig;
import dev.helpbot.core.ConversationEngine;
import dev.helpbot.core.EngineSettings;
import dev.helpbot.core.HelpbotEngines;
import dev.helpbot.core.content.Content;
import dev.helpbot.core.content.ContentLoader;
import dev.helpbot.core.session.InMemorySessionStore;
import dev.helpbot.core.session.SessionStore;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds the engine the configuration describes: content, trained classifier, session store. */
public final class HelpbotRuntime {

    private static final Logger LOG = LoggerFactory.getLogger(HelpbotRuntime.class);

    private final HelpbotConfig config;
    private final Content content;
    private final ConversationEngine engine;

    private HelpbotRuntime(HelpbotConfig config, Content content, ConversationEngine engine) {
        this.config = config;
        this.content = content;
        this.engine = engine;
    }

    public static HelpbotRuntime start(HelpbotConfig config) {
        long started = System.nanoTime();
        ContentLoader loader = ContentLoader.standard();
        Content content = config.content().directory()
                .map(dir -> loader.loadDirectory(Path.of(dir)))
                .orElseGet(loader::loadBundled);
        SessionStore store = new InMemorySessionStore(config.sessions().maxSessions(), config.sessions().idleExpiry());
        EngineSettings settings = new EngineSettings(config.engine().confidenceThreshold(),
                config.engine().maxMessageLength());
        ConversationEngine engine = HelpbotEngines.trained(content, store, settings);
        LOG.info("engine ready in {} ms: {} fixes, {} intents, {} examples", (System.nanoTime() - started) / 1_000_000,
                content.playbook().size(), content.nlu().intents().size(), content.nlu().examples().size());
        return new HelpbotRuntime(config, content, engine);
    }

    public HelpbotConfig config() {
        return config;
    }

    public Content content() {
        return content;
    }

    public ConversationEngine engine() {
        return engine;
    }
}
