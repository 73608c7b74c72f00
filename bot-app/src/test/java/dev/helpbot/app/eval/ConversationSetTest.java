package dev.helpbot.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helpbot.core.TestBots;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Plays every conversation test set in {@code intents/conversations/} through the engine. A failing turn
 * that {@code known-failures.txt} does not list fails the build, and so does a listed turn that passes
 * now: the list only shrinks.
 */
class ConversationSetTest {

    @Test
    void everySet_playedThroughEngine_failsOnlyTheKnownTurns() throws URISyntaxException {
        Path root = Path.of(ConversationSetTest.class.getResource("/conversations/known-failures.txt").toURI()).getParent();
        List<ConversationScript> scripts = ConversationSets.read(root);
        List<ConversationPlayer.TurnResult> results = new ConversationPlayer(TestBots.engine()).play(scripts);
        SetReport report = new SetReport(results);
        System.out.printf("conversation sets: %d of %d turns passed, %d of %d conversations%n",
                report.passedTurns(), report.judgedTurns(), report.passedConversations(), report.conversations());

        KnownFailures known = KnownFailures.read(root.resolve("known-failures.txt"));
        assertThat(known.unexpected(results))
                .as("turns that fail but are not in known-failures.txt:\n%s", details(report, known, results))
                .isEmpty();
        assertThat(known.stale(results))
                .as("turns in known-failures.txt that pass now: delete their lines")
                .isEmpty();
        assertThat(Files.isDirectory(root.resolve("set-01"))).isTrue();
    }

    private static String details(SetReport report, KnownFailures known, List<ConversationPlayer.TurnResult> results) {
        List<String> unexpected = known.unexpected(results);
        StringBuilder out = new StringBuilder();
        for (ConversationPlayer.TurnResult failure : report.failures()) {
            if (unexpected.contains(failure.ref())) {
                out.append(failure.ref()).append("  ").append(failure.turn().describe()).append("\n    ")
                        .append(String.join("; ", failure.problems())).append('\n');
            }
        }
        return out.toString();
    }
}
