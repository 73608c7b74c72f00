package dev.helpbot.core.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helpbot.core.ConversationEngine;
import dev.helpbot.core.ConversationKey;
import dev.helpbot.core.IncomingMessage;
import dev.helpbot.core.TestBots;
import dev.helpbot.core.session.InMemorySessionStore;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Analytics counted from real conversations through the engine. */
class AnalyticsRecorderTest {

    private final InMemoryAnalyticsSink sink = new InMemoryAnalyticsSink();
    private final ConversationEngine engine = ConversationEngine.builder(TestBots.content(), TestBots.classifier())
            .store(new InMemorySessionStore(1000, Duration.ofHours(1))).observer(new AnalyticsRecorder(sink)).build();

    private void say(String user, String text) {
        engine.handle(IncomingMessage.text(ConversationKey.console(user), text));
    }

    private void press(String user, String choice) {
        engine.handle(IncomingMessage.choice(ConversationKey.console(user), choice));
    }

    @Test
    void conversations_countShownResolvedFailedSkippedAndHandedOver() {
        say("a", "icloud storage is full");   // fix 4 shown
        press("a", "worked:4");               // fix 4 resolved after 1 fix
        say("b", "wifi keeps dropping");      // fix 2 shown
        press("b", "not_worked:2");           // fix 2 failed, fix 1 shown
        press("b", "skip:1");                 // fix 1 skipped, fix 3 shown
        press("b", "worked:3");               // fix 3 resolved after 3 fixes
        say("c", "not enough storage");       // fix 4 shown
        say("c", "what's the weather");       // fallback
        press("c", "human");                  // handed over on fix 4

        Map<String, Long> counters = sink.snapshot();
        assertThat(counters).containsEntry("fix.4.shown", 2L).containsEntry("fix.4.resolved", 1L)
                .containsEntry("fix.4.escalated", 1L).containsEntry("fix.2.failed", 1L)
                .containsEntry("fix.1.skipped", 1L).containsEntry("fix.3.resolved", 1L)
                .containsEntry("messages", 9L).containsEntry("fallbacks", 1L)
                .containsEntry("resolved", 2L).containsEntry("escalated", 1L)
                .containsEntry("resolved_after.1", 1L).containsEntry("resolved_after.3", 1L);
        assertThat(StatsReport.medianFixesToResolution(counters)).hasValue(1);
        String report = StatsReport.render(counters, TestBots.content());
        assertThat(report).contains("4. ").contains("shown 2, resolved 1 (50%)").contains("Median fixes to resolution: 1");
    }

    @Test
    void median_ofEmptyHistogram_isUnknown() {
        assertThat(StatsReport.medianFixesToResolution(Map.of())).isEmpty();
        assertThat(StatsReport.medianFixesToResolution(Map.of("resolved_after.2", 3L, "resolved_after.7", 1L))).hasValue(2);
        assertThat(StatsReport.medianFixesToResolution(Map.of("resolved_after.2", 1L, "resolved_after.7", 3L))).hasValue(7);
    }
}
