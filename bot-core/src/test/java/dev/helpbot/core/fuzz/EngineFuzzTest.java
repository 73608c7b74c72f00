package dev.helpbot.core.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helpbot.core.ConversationEngine;
import dev.helpbot.core.ConversationKey;
import dev.helpbot.core.ConversationStatus;
import dev.helpbot.core.IncomingMessage;
import dev.helpbot.core.Reply;
import dev.helpbot.core.TestBots;
import dev.helpbot.core.dialogue.Session;
import dev.helpbot.core.session.InMemorySessionStore;
import dev.helpbot.core.session.StoredSession;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;

/**
 * Hostile and random input through the whole engine. Invariants: exactly one reply, no exception, a
 * documented state, a bounded session, and long messages refused with a notice.
 */
class EngineFuzzTest {

    private static final Set<ConversationStatus> DOCUMENTED = Set.of(ConversationStatus.values());
    private static final ConversationKey KEY = ConversationKey.console("fuzz");

    private final InMemorySessionStore store = new InMemorySessionStore(1_000, Duration.ofHours(1));
    private final ConversationEngine engine = ConversationEngine.builder(TestBots.content(), TestBots.classifier())
            .store(store).build();

    @AfterProperty
    void sessionStaysBounded() {
        Session session = store.load(KEY).map(StoredSession::session).orElse(Session.NEW);
        assertThat(session.attempts()).hasSizeLessThanOrEqualTo(TestBots.content().playbook().size());
        assertThat(session.notes()).hasSizeLessThanOrEqualTo(Session.MAX_NOTES)
                .allSatisfy(note -> assertThat(note.length()).isLessThanOrEqualTo(Session.MAX_NOTE_LENGTH + 1));
    }

    @Property(tries = 60_000)
    void anyText_getsExactlyOneWellFormedReply(@ForAll("hostileText") String text) {
        Reply reply = engine.handle(IncomingMessage.text(KEY, text));
        assertWellFormed(reply);
        if (text.length() > 2000) {
            assertThat(reply.text()).contains("2000 characters");
        }
    }

    @Property(tries = 40_000)
    void anySequenceOfButtonsAndCommands_keepsTheConversationConsistent(@ForAll("actions") List<IncomingMessage> actions) {
        for (IncomingMessage action : actions) {
            assertWellFormed(engine.handle(action));
        }
    }

    private static void assertWellFormed(Reply reply) {
        assertThat(reply).isNotNull();
        assertThat(DOCUMENTED).contains(reply.status());
        assertThat(reply.fix() == null || (reply.fix() >= 1 && reply.fix() <= 9)).isTrue();
        assertThat(reply.status() == ConversationStatus.FIX).as("a fix state names its fix").isEqualTo(
                reply.status() == ConversationStatus.FIX && reply.fix() != null);
        assertThat(reply.text()).doesNotContain("@everyone").doesNotContain("<!channel>");
    }

    @Provide
    Arbitrary<String> hostileText() {
        Arbitrary<String> unicode = Arbitraries.strings().all().ofMaxLength(300);
        Arbitrary<String> controls = Arbitraries.strings().withCharRange('\u0000', '\u001F')
                .withChars('\u202E', '\u202D', '\u200B', '\u200D', '\uFEFF', '\u2066', '\u0085').ofMaxLength(50);
        Arbitrary<String> huge = Arbitraries.strings().alpha().withChars(' ').ofMinLength(2_001).ofMaxLength(20_000);
        Arbitrary<String> whitespace = Arbitraries.strings().withChars(' ', '\t', '\n', '\r', '\u00A0', '\u3000')
                .ofMaxLength(40);
        Arbitrary<String> fragments = Arbitraries.of("{\"text\": \"hi\"}", "```\nrm -rf /\n```", "> quote", "# heading",
                "@everyone", "<!channel>", "<@&123>", "[click](https://evil.example)", "**", "\\", "😀🔥💾",
                "مرحبا \u202Egnp.exe", "my backup fails", "fix 99", "iphone 8", "ios 999", "stats", "null");
        Arbitrary<String> mixed = Arbitraries.strings().withCharRange(' ', '~').withChars('😀', '\u202E', '@', '<')
                .ofMaxLength(200);
        return Arbitraries.oneOf(unicode, controls, huge, whitespace, fragments, mixed,
                fragments.list().ofMaxSize(5).map(parts -> String.join(" ", parts)));
    }

    @Provide
    Arbitrary<List<IncomingMessage>> actions() {
        Arbitrary<String> choiceIds = Arbitraries.oneOf(
                Arbitraries.of("worked", "not_worked", "skip", "back", "repeat", "start_over", "human", "back_to_bot",
                        "backup_fails", "storage_full", "help", "phone_model:x_or_later", "phone_model:8_or_earlier",
                        "phone_model:nope", "jump_to_fix", "", ":", "::", "worked:", "stats"),
                Arbitraries.of("worked", "not_worked", "skip", "back", "jump_to_fix")
                        .flatMap(intent -> Arbitraries.integers().between(-2, 12).map(n -> intent + ":" + n)),
                Arbitraries.strings().ofMaxLength(30));
        Arbitrary<IncomingMessage> choice = choiceIds.map(id -> IncomingMessage.choice(KEY, id));
        Arbitrary<IncomingMessage> command = Arbitraries.of("", "restart", "fix 4", "fix 0", "fix 99", "fix", "stats",
                        "human", "help", "reset", "my phone is frozen", "fix four", "7")
                .map(args -> IncomingMessage.command(KEY, new IncomingMessage.Command("backup-help", args)));
        Arbitrary<IncomingMessage> text = Arbitraries.of("my backup fails", "nope", "yes it worked", "skip", "go back",
                        "iphone 13", "not enough storage", "weather?", "back to the bot", "human please")
                .map(words -> IncomingMessage.text(KEY, words));
        return Arbitraries.oneOf(choice, command, text).list().ofMaxSize(25);
    }
}
