package dev.helpbot.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helpbot.core.content.ResponseKey;
import dev.helpbot.core.session.InMemorySessionStore;
import dev.helpbot.core.session.SessionStore;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class StatsCommandTest {

    private final ConversationKey key = ConversationKey.console("admin");

    private Reply stats(Conversations engine, boolean admin) {
        return engine.handle(IncomingMessage.command(key, new IncomingMessage.Command("backup-help", "stats", admin)));
    }

    @Test
    void stats_forAdmin_showsTheReport_andLeavesTheConversationAlone() {
        Conversations engine = withStats(() -> Map.of("fix.4.shown", 10L, "fix.4.resolved", 4L));
        engine.handle(IncomingMessage.text(key, "icloud storage is full"));
        Reply reply = stats(engine, true);
        assertThat(reply.text()).contains("shown 10, resolved 4 (40%)");
        assertThat(reply.fix()).isEqualTo(4);
        assertThat(engine.handle(IncomingMessage.choice(key, "worked:4")).status()).isEqualTo(ConversationStatus.RESOLVED);
    }

    @Test
    void stats_forEveryoneElse_isRefused() {
        Conversations engine = withStats(() -> Map.of("fix.4.shown", 10L));
        assertThat(stats(engine, false).text()).contains("Only the team").doesNotContain("shown 10");
    }

    @Test
    void stats_whenNoCountersAreKept_saysSo() {
        Conversations engine = new StatsCommand(TestBots.engine(), TestBots.content(), new InMemorySessionStore(10,
                Duration.ofMinutes(1)), null);
        assertThat(stats(engine, true).text()).isEqualTo(TestBots.content().responses().text(ResponseKey.STATS_NOT_KEPT));
    }

    @Test
    void otherCommands_goOnToTheEngine() {
        Conversations engine = withStats(() -> Map.of());
        Reply reply = engine.handle(IncomingMessage.command(key, new IncomingMessage.Command("backup-help", "fix 4")));
        assertThat(reply.fix()).isEqualTo(4);
    }

    /** The engine and the stats command sharing one store, as bot-app wires them. */
    private static Conversations withStats(Supplier<Map<String, Long>> counters) {
        SessionStore sessions = new InMemorySessionStore(100, Duration.ofMinutes(1));
        ConversationEngine engine = ConversationEngine.builder(TestBots.content(), TestBots.classifier())
                .store(sessions).build();
        return new StatsCommand(engine, TestBots.content(), sessions, counters);
    }
}
