package dev.helpbot.core.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helpbot.core.ConversationEngine;
import dev.helpbot.core.ConversationKey;
import dev.helpbot.core.ConversationStatus;
import dev.helpbot.core.Conversations;
import dev.helpbot.core.IncomingMessage;
import dev.helpbot.core.Reply;
import dev.helpbot.core.StatsCommand;
import dev.helpbot.core.TestBots;
import dev.helpbot.core.dialogue.Session;
import dev.helpbot.core.session.InMemorySessionStore;
import dev.helpbot.core.session.StoredSession;
import dev.helpbot.core.testing.Gen;
import dev.helpbot.core.testing.Gen.CodePoints;
import dev.helpbot.core.testing.Properties;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Hostile and random input through the whole engine. Invariants: exactly one reply, no exception, a
 * documented state, a bounded session, and long messages refused with a notice.
 */
class EngineFuzzTest {

    private static final Set<ConversationStatus> DOCUMENTED = Set.of(ConversationStatus.values());
    private static final ConversationKey KEY = ConversationKey.console("fuzz");

    private final InMemorySessionStore store = new InMemorySessionStore(1_000, Duration.ofHours(1));
    /** The stack a channel meets, so that {@code stats} commands are fuzzed where they are answered. */
    private final Conversations engine = new StatsCommand(ConversationEngine.builder(TestBots.content(),
            TestBots.ngramClassifier()).store(store).build(), TestBots.content(), store, Map::of);

    private void assertSessionBounded() {
        Session session = store.load(KEY).map(StoredSession::session).orElse(Session.NEW);
        assertThat(session.attempts()).hasSizeLessThanOrEqualTo(TestBots.content().playbook().size());
        assertThat(session.notes()).hasSizeLessThanOrEqualTo(Session.MAX_NOTES)
                .allSatisfy(note -> assertThat(note.length()).isLessThanOrEqualTo(Session.MAX_NOTE_LENGTH + 1));
    }

    @Test
    void anyText_getsExactlyOneWellFormedReply() {
        Properties.forAll(60_000, hostileText(), text -> {
            Reply reply = engine.handle(IncomingMessage.text(KEY, text));
            assertWellFormed(reply);
            if (text.length() > 2000) {
                assertThat(reply.text()).contains("2000 characters");
            }
            assertSessionBounded();
        });
    }

    @Test
    void anySequenceOfButtonsAndCommands_keepsTheConversationConsistent() {
        Properties.forAll(40_000, actions(), actions -> {
            for (IncomingMessage action : actions) {
                assertWellFormed(engine.handle(action));
            }
            assertSessionBounded();
        });
    }

    private static void assertWellFormed(Reply reply) {
        assertThat(reply).isNotNull();
        assertThat(DOCUMENTED).contains(reply.status());
        assertThat(reply.fix() == null || (reply.fix() >= 1 && reply.fix() <= 9)).isTrue();
        assertThat(reply.status() == ConversationStatus.FIX).as("a fix state names its fix").isEqualTo(
                reply.status() == ConversationStatus.FIX && reply.fix() != null);
        assertThat(reply.text()).doesNotContain("@everyone").doesNotContain("<!channel>");
    }

    static Gen<String> hostileText() {
        Gen<String> unicode = Gen.strings(CodePoints.any(), 0, 300);
        Gen<String> controls = Gen.strings(CodePoints.range('\u0000', '\u001F')
                .and(CodePoints.of("\u202E\u202D\u200B\u200D\uFEFF\u2066\u0085")), 0, 50);
        Gen<String> huge = Gen.strings(CodePoints.range('a', 'z').and(CodePoints.range('A', 'Z')).and(CodePoints.of(" ")),
                2_001, 20_000);
        Gen<String> whitespace = Gen.strings(CodePoints.of(" \t\n\r\u00A0\u3000"), 0, 40);
        Gen<String> fragments = Gen.constants("{\"text\": \"hi\"}", "```\nrm -rf /\n```", "> quote", "# heading",
                "@everyone", "<!channel>", "<@&123>", "[click](https://evil.example)", "**", "\\", "😀🔥💾",
                "مرحبا \u202Egnp.exe", "my backup fails", "fix 99", "iphone 8", "ios 999", "stats", "null");
        Gen<String> mixed = Gen.strings(CodePoints.range(' ', '~').and(CodePoints.of("😀\u202E@<")), 0, 200);
        return Gen.oneOf(unicode, controls, huge, whitespace, fragments, mixed,
                fragments.list(5).map(parts -> String.join(" ", parts)));
    }

    static Gen<List<IncomingMessage>> actions() {
        Gen<String> choiceIds = Gen.oneOf(
                Gen.constants("worked", "not_worked", "skip", "back", "repeat", "start_over", "human", "back_to_bot",
                        "backup_fails", "storage_full", "help", "phone_model:x_or_later", "phone_model:8_or_se",
                        "phone_model:7_or_earlier", "phone_model:8_or_earlier", "phone_model:nope", "jump_to_fix", "", ":", "::", "worked:", "stats"),
                Gen.constants("worked", "not_worked", "skip", "back", "jump_to_fix")
                        .flatMap(intent -> Gen.integers(-2, 12).map(n -> intent + ":" + n)),
                Gen.strings(CodePoints.any(), 0, 30));
        Gen<IncomingMessage> choice = choiceIds.map(id -> IncomingMessage.choice(KEY, id));
        Gen<IncomingMessage> command = Gen.constants("", "restart", "fix 4", "fix 0", "fix 99", "fix", "stats",
                        "human", "help", "reset", "my phone is frozen", "fix four", "7")
                .map(args -> IncomingMessage.command(KEY, new IncomingMessage.Command("backup-help", args)));
        Gen<IncomingMessage> text = Gen.constants("my backup fails", "nope", "yes it worked", "skip", "go back",
                        "iphone 13", "not enough storage", "weather?", "back to the bot", "human please")
                .map(words -> IncomingMessage.text(KEY, words));
        return Gen.<IncomingMessage>oneOf(choice, command, text).list(25);
    }
}
