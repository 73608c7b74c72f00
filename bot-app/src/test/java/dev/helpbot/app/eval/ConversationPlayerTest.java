package dev.helpbot.app.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.helpbot.app.nlu.DatasetException;
import dev.helpbot.core.ConversationKey;
import dev.helpbot.core.TestBots;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConversationPlayerTest {

    @TempDir
    Path dir;

    private List<ConversationScript> scripts(String name, String yaml) throws IOException {
        Path set = Files.createDirectories(dir.resolve("set-x"));
        Files.writeString(set.resolve(name), yaml);
        return ConversationSets.read(set);
    }

    @Test
    void play_rightAndWrongExpectations_judgesEachTurn() throws IOException {
        List<ConversationScript> scripts = scripts("01-storage.yaml", """
                description: "storage, then a wrong expectation, then a button"
                turns:
                  - command: ""
                    expect: {state: idle, fix: null}
                  - user: "icloud says not enough storage"
                    expect: {state: fix, fix: 4}
                  - user: "icloud says not enough storage"
                    expect: {state: resolved, says: "no such words"}
                  - press: "no such button"
                  - press: worked
                    expect: {state: [resolved, fix]}
                """);

        List<ConversationPlayer.TurnResult> results = new ConversationPlayer(TestBots.engine())
                .play(scripts.get(0), ConversationKey.console("player-test"));

        assertThat(results).extracting(ConversationPlayer.TurnResult::passed)
                .containsExactly(true, true, false, false, true);
        assertThat(results.get(2).problems()).anySatisfy(p -> assertThat(p).startsWith("state"))
                .anySatisfy(p -> assertThat(p).contains("no such words"));
        assertThat(results.get(3).reply()).isNull();
        assertThat(results.get(2).ref()).isEqualTo("set-x/01-storage#3");
        SetReport report = new SetReport(results);
        assertThat(report.judgedTurns()).isEqualTo(5);
        assertThat(report.passedTurns()).isEqualTo(3);
        assertThat(report.passedConversations()).isZero();
    }

    @Test
    void play_pressAfterAQuietReply_usesTheButtonsOfTheLastMessagePosted() throws IOException {
        List<ConversationScript> scripts = scripts("02-quiet.yaml", """
                turns:
                  - user: "backup fails"
                  - user: "can i talk to a person please"
                    expect: {state: escalated}
                  - user: "anyone?"
                    expect: {state: escalated}
                  - press: back_to_bot
                    expect: {state: [idle, fix]}
                """);

        List<ConversationPlayer.TurnResult> results = new ConversationPlayer(TestBots.engine())
                .play(scripts.get(0), ConversationKey.console("quiet-test"));

        assertThat(results.get(2).reply().text()).as("quiet while people have it").isEmpty();
        assertThat(results).extracting(ConversationPlayer.TurnResult::passed).containsOnly(true);
    }

    @Test
    void knownFailures_listedAndStale_areToldApart() throws IOException {
        List<ConversationScript> scripts = scripts("many.yaml", """
                conversations:
                  - id: a
                    turns:
                      - user: "icloud says not enough storage"
                        expect: {state: escalated}
                  - id: b
                    turns:
                      - user: "icloud says not enough storage"
                        expect: {fix: 4}
                """);
        List<ConversationPlayer.TurnResult> results = new ConversationPlayer(TestBots.engine()).play(scripts);
        Path file = dir.resolve("known.txt");
        Files.writeString(file, "# header\nset-x/many/b#1  # fixed since\nother-set/z#1\n");
        KnownFailures known = KnownFailures.read(file);

        assertThat(known.unexpected(results)).containsExactly("set-x/many/a#1");
        assertThat(known.stale(results)).containsExactly("set-x/many/b#1");
    }

    @Test
    void read_unknownExpectationKey_namesFileAndTurn() throws IOException {
        Path set = Files.createDirectories(dir.resolve("set-y"));
        Files.writeString(set.resolve("bad.yaml"), """
                turns:
                  - user: "hi"
                    expect: {state: idle}
                  - user: "hello"
                    expect: {stat: idle}
                """);
        assertThatThrownBy(() -> ConversationSets.read(set)).isInstanceOf(DatasetException.class)
                .hasMessageContaining("bad.yaml").hasMessageContaining("turn 2").hasMessageContaining("stat");
    }

    @Test
    void read_unknownState_isRefused() throws IOException {
        Path set = Files.createDirectories(dir.resolve("set-z"));
        Files.writeString(set.resolve("bad.yaml"), """
                turns:
                  - user: "hi"
                    expect: {state: confused}
                """);
        assertThatThrownBy(() -> ConversationSets.read(set)).hasMessageContaining("confused");
    }
}
