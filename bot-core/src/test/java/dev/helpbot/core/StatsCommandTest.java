package dev.helpbot.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class StatsCommandTest {

    private final ConversationKey key = ConversationKey.console("admin");

    private Reply stats(ConversationEngine engine, boolean admin) {
        return engine.handle(IncomingMessage.command(key, new IncomingMessage.Command("backup-help", "stats", admin)));
    }

    @Test
    void stats_forAdmin_showsTheReport_andLeavesTheConversationAlone() {
        ConversationEngine engine = ConversationEngine.builder(TestBots.content(), TestBots.classifier())
                .statistics(() -> Map.of("fix.4.shown", 10L, "fix.4.resolved", 4L)).build();
        engine.handle(IncomingMessage.text(key, "icloud storage is full"));
        Reply reply = stats(engine, true);
        assertThat(reply.text()).contains("shown 10, resolved 4 (40%)");
        assertThat(reply.fix()).isEqualTo(4);
        assertThat(engine.handle(IncomingMessage.choice(key, "worked:4")).status()).isEqualTo(ConversationStatus.RESOLVED);
    }

    @Test
    void stats_forEveryoneElse_isRefused() {
        ConversationEngine engine = ConversationEngine.builder(TestBots.content(), TestBots.classifier())
                .statistics(() -> Map.of("fix.4.shown", 10L)).build();
        assertThat(stats(engine, false).text()).contains("Only the team").doesNotContain("shown 10");
    }
}
