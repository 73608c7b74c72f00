package dev.helpbot.app.ops;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.helpbot.core.ConversationEngine;
import dev.helpbot.core.ConversationKey;
import dev.helpbot.core.IncomingMessage;
import dev.helpbot.core.TestBots;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class ConversationLogTest {

    private final Logger logger = (Logger) LoggerFactory.getLogger("helpbot.conversation");
    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();

    @AfterEach
    void detach() {
        logger.detachAppender(captured);
        logger.setLevel(null);
    }

    @Test
    void log_namesConversationsByHash_andNeverHoldsIdsOrText() {
        captured.start();
        logger.addAppender(captured);
        logger.setLevel(Level.DEBUG);
        ConversationEngine engine = ConversationEngine.builder(TestBots.content(), TestBots.classifier())
                .observer(new ConversationLog()).build();
        ConversationKey key = new ConversationKey("discord", "guild-4242", "thread-777", "user-31337");
        engine.handle(IncomingMessage.text(key, "my secret-ish icloud storage is full"));
        engine.handle(IncomingMessage.choice(key, "human"));

        String lines = String.join("\n", captured.list.stream().map(ILoggingEvent::getFormattedMessage).toList());
        assertThat(lines).contains("conversation=" + ConversationLog.hash(key)).contains("event=handoff")
                .contains("intent=storage_full").contains("state=escalated");
        assertThat(lines).doesNotContain("guild-4242").doesNotContain("thread-777").doesNotContain("user-31337")
                .doesNotContain("secret-ish");
        assertThat(ConversationLog.hash(key)).hasSize(12).isNotEqualTo(ConversationLog.hash(ConversationKey.console("x")));
    }
}
