package dev.helpbot.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.helpbot.core.ConversationEngine;
import dev.helpbot.core.Conversations;
import dev.helpbot.core.Reply;
import dev.helpbot.core.StatsCommand;
import dev.helpbot.core.TestBots;
import dev.helpbot.core.channel.ChannelRuntime;
import dev.helpbot.core.channel.ChannelTexts;
import dev.helpbot.core.channel.DeliveryObserver.Outcome;
import dev.helpbot.core.session.InMemorySessionStore;
import dev.helpbot.core.testing.ChannelUnderTest.Posted;
import dev.helpbot.core.testing.Gen.CodePoints;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every channel proves against its fake platform, so a new channel proves itself the same way: extend this
 * class and {@link #start} the channel. Through the platform, as people there would type, press and run commands:
 * <ul>
 *   <li>the conversation transcripts ({@code src/test/resources/transcripts}) play as scripted: states, fixes and
 *       intents as the engine decided, text and buttons as the platform shows them, and hand-overs to the staff;</li>
 *   <li>the engine is never asked on the platform's own threads, only on the kit's lanes;</li>
 *   <li>whatever people type, nothing the channel posts pings anyone or links anywhere the bot did not write;</li>
 *   <li>with every sentence of the content replaced by its key, nothing else that reads as prose reaches the platform:
 *       the channel itself writes none.</li>
 * </ul>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ChannelContract {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Duration STEP = Duration.ofSeconds(20);
    private static final Pattern WORD = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_'’]*");
    private static final int INJECTION_TRIES = 60;

    private final BlockingQueue<Outcome> outcomes = new LinkedBlockingQueue<>();
    private final List<Reply> replies = new CopyOnWriteArrayList<>();
    private final List<String> engineThreads = new CopyOnWriteArrayList<>();
    private final AtomicInteger people = new AtomicInteger();
    private List<Outcome> outcomesOfLastStep = List.of();
    private ChannelUnderTest channel;

    /** Starts the channel on its fake platform with {@code runtime}, hand-overs going to a staff channel. */
    protected abstract ChannelUnderTest start(ChannelRuntime runtime) throws Exception;

    @BeforeAll
    void startTheChannel() throws Exception {
        channel = start(recording(TestBots.content(), TestBots.conversations()));
    }

    @AfterAll
    void stopTheChannel() throws Exception {
        channel.close();
    }

    static Stream<String> transcripts() throws IOException, URISyntaxException {
        URI folder = ChannelContract.class.getResource("/transcripts").toURI();
        try (FileSystem jar = "jar".equals(folder.getScheme()) ? jarFileSystem(folder) : null;
             Stream<Path> files = Files.list(Path.of(folder))) {
            return files.map(path -> path.getFileName().toString()).filter(name -> name.endsWith(".yaml")).sorted()
                    .toList().stream();
        }
    }

    @DisplayName("transcript through the platform")
    @ParameterizedTest(name = "{0}")
    @MethodSource("transcripts")
    void transcript_throughThePlatform_playsAsScripted(String file) throws Exception {
        SoftAssertions softly = new SoftAssertions();
        replay(channel, file, channel.personId(people.incrementAndGet()), softly);
        softly.assertAll();
        assertThat(engineThreads).as("the engine is asked on the kit's lanes only, never on the platform's threads")
                .isNotEmpty().allSatisfy(thread -> assertThat(thread).startsWith("helpbot-lane-"));
    }

    @Test
    void choice_pressedBySomeoneElse_isRefusedAndTheConversationStays() throws Exception {
        Assumptions.assumeTrue(channel.sharesPlaces(), "nobody else sees this channel's conversations");
        String owner = channel.personId(people.incrementAndGet());
        String stranger = channel.personId(people.incrementAndGet());
        step(() -> channel.say(owner, "it keeps saying not enough icloud storage"));
        int before = channel.posted().size();

        step(() -> channel.pressAs(stranger, owner, "not_worked:4"));

        assertThat(outcomesOfLastStep).containsExactly(Outcome.NOT_YOURS);
        assertThat(channel.posted().subList(before, channel.posted().size())).singleElement()
                .satisfies(note -> assertThat(note.choiceIds()).isEmpty());
        step(() -> channel.say(owner, "say that again"));
        assertThat(replies.get(replies.size() - 1).fix()).as("still the owner's fix 4").isEqualTo(4);
    }

    @Test
    void anyUserText_throughThePlatform_neverPingsOrLinks() throws Exception {
        Gen<String> hostile = Gen.oneOf(Gen.constants("@everyone", "@here", "<@123456789012345678>", "<@&999>",
                "<!channel>", "<!here>", "<@U0123ABCD>", "<!subteam^S999|devs>", "<#C0123|general>",
                "[click](https://evil.example)", "<https://evil.example|click>", "```\ncode", "\n> quote", "**bold**",
                "https://evil.example", "\\", "&lt;!channel&gt;"),
                Gen.strings(CodePoints.of("@<>&!#[]()`*_~|\\^\n").and(CodePoints.range('a', 'z')), 1, 40));
        Properties.forAll(INJECTION_TRIES, hostile, typed -> {
            try {
                String person = channel.personId(people.incrementAndGet());
                int before = channel.posted().size();
                step(() -> channel.say(person, "my backup fails " + typed));
                step(() -> channel.press(person, "human"));
                for (Posted post : channel.posted().subList(before, channel.posted().size())) {
                    assertThat(channel.liveMentionsAndLinks(post)).as(post.shownText()).isEmpty();
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void everySentenceReplacedByItsKey_noOtherProseReachesThePlatform() throws Exception {
        KeysOnlyContent keys = new KeysOnlyContent();
        SessionsAndEngine bot = new SessionsAndEngine(keys);
        Set<String> typed = new TreeSet<>();
        try (ChannelUnderTest keysOnly = start(recording(keys.content(), bot.conversations))) {
            int n = 0;
            for (String file : transcripts().toList()) {
                typed.addAll(replay(keysOnly, file, keysOnly.personId(1000 + ++n), null));
            }
            String owner = keysOnly.personId(2000);
            step(() -> keysOnly.say(owner, "not enough storage"));
            if (keysOnly.sharesPlaces()) {
                step(() -> keysOnly.pressAs(keysOnly.personId(2001), owner, "not_worked:4"));
            }
            List<String> prose = new ArrayList<>();
            for (String text : keysOnly.wireTexts()) {
                Matcher words = WORD.matcher(readable(text));
                while (words.find()) {
                    String word = words.group();
                    if (!keys.words().contains(word) && !typed.contains(word.toLowerCase(Locale.ROOT))
                            && !word.matches(".*\\d.*")) {
                        prose.add(word + "  in: " + text);
                    }
                }
            }
            assertThat(prose).as("words on the wire that neither content nor people wrote").isEmpty();
        }
    }

    /** Replays one transcript as {@code person}; with {@code softly}, checks it. Returns the words the person typed. */
    private Set<String> replay(ChannelUnderTest on, String file, String person, SoftAssertions softly) throws Exception {
        JsonNode script;
        try (InputStream in = ChannelContract.class.getResourceAsStream("/transcripts/" + file)) {
            script = YAML.readTree(in);
        }
        Set<String> typed = new TreeSet<>();
        int number = 0;
        for (JsonNode step : script.get("steps")) {
            number++;
            int postedBefore = on.posted().size();
            int repliesBefore = replies.size();
            if (step.has("user")) {
                String text = step.get("user").asText();
                typed.addAll(wordsOf(text));
                step(() -> on.say(person, text));
            } else if (step.has("choice")) {
                step(() -> on.press(person, step.get("choice").asText()));
            } else {
                String command = step.get("command").asText();
                String arguments = command.contains(" ") ? command.substring(command.indexOf(' ') + 1) : "";
                typed.addAll(wordsOf(arguments));
                step(() -> on.command(person, arguments));
            }
            if (softly != null) {
                String where = file + " step " + number;
                softly.assertThat(replies.size()).as(where + ": the engine answered").isGreaterThan(repliesBefore);
                Reply reply = replies.get(replies.size() - 1);
                check(softly, step.get("expect"), reply, on.posted().subList(postedBefore, on.posted().size()), where);
            }
        }
        return typed;
    }

    private static void check(SoftAssertions softly, JsonNode expect, Reply reply, List<Posted> posts, String where) {
        if (expect == null) {
            return;
        }
        if (expect.has("state")) {
            softly.assertThat(reply.status().wireName()).as(where).isEqualTo(expect.get("state").asText());
        }
        if (expect.has("fix")) {
            softly.assertThat(reply.fix()).as(where).isEqualTo(expect.get("fix").isNull() ? null : expect.get("fix").asInt());
        }
        if (expect.has("intent")) {
            softly.assertThat(reply.intent()).as(where).isEqualTo(expect.get("intent").asText());
        }
        String shown = readable(String.join("\n", posts.stream().filter(p -> !p.forStaff()).map(Posted::shownText).toList()));
        String staff = readable(String.join("\n", posts.stream().filter(Posted::forStaff).map(Posted::shownText).toList()));
        for (String fragment : texts(expect.get("text_contains"))) {
            softly.assertThat(shown).as(where + ": shown").contains(readable(fragment));
        }
        for (String fragment : texts(expect.get("text_lacks"))) {
            softly.assertThat(shown).as(where + ": shown").doesNotContain(readable(fragment));
        }
        List<String> choices = posts.stream().flatMap(p -> p.choiceIds().stream()).toList();
        for (String id : texts(expect.get("choices_include"))) {
            softly.assertThat(choices).as(where + ": buttons").contains(id);
        }
        if (expect.has("handoff")) {
            softly.assertThat(staff.isEmpty()).as(where + ": a note for the staff").isEqualTo(!expect.get("handoff").asBoolean());
        }
        for (String fragment : texts(expect.get("handoff_contains"))) {
            softly.assertThat(staff).as(where + ": the staff's note").contains(readable(fragment));
        }
    }

    /** Runs one action and waits until its delivery ended: answered, ignored, refused or failed. */
    private void step(Action action) throws Exception {
        outcomes.clear();
        action.run();
        Outcome outcome = outcomes.poll(STEP.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(outcome).as("the delivery ended within " + STEP).isNotNull();
        outcomesOfLastStep = List.of(outcome);
    }

    @FunctionalInterface
    private interface Action {
        void run() throws Exception;
    }

    /** A runtime on {@code conversations} that records the engine's replies, its threads, and how deliveries ended. */
    private ChannelRuntime recording(dev.helpbot.core.content.Content content, Conversations conversations) {
        Conversations recorded = message -> {
            engineThreads.add(Thread.currentThread().getName());
            Reply reply = conversations.handle(message);
            replies.add(reply);
            return reply;
        };
        return ChannelRuntime.of(recorded, ChannelTexts.from(content), (platform, outcome) -> outcomes.add(outcome));
    }

    /** Text as people read it on any platform: no escapes, invisible spaces, entities or bold markers. */
    private static String readable(String text) {
        return text.replace("\u200B", "").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
                .replace("\\", "").replace("*", "");
    }

    private static Set<String> wordsOf(String text) {
        Set<String> words = new TreeSet<>();
        Matcher matcher = WORD.matcher(readable(text));
        while (matcher.find()) {
            words.add(matcher.group().toLowerCase(Locale.ROOT));
        }
        return words;
    }

    private static List<String> texts(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node != null && node.isArray()) {
            node.forEach(n -> out.add(n.asText()));
        } else if (node != null) {
            out.add(node.asText());
        }
        return out;
    }

    private static FileSystem jarFileSystem(URI uri) throws IOException {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (java.nio.file.FileSystemAlreadyExistsException e) {
            return null;
        } catch (FileSystemNotFoundException e) {
            throw new IOException(e);
        }
    }

    /** An engine on the keys-only content, with the stats command in front as channels meet it. */
    private static final class SessionsAndEngine {
        private final Conversations conversations;

        SessionsAndEngine(KeysOnlyContent keys) {
            InMemorySessionStore sessions = new InMemorySessionStore(10_000, Duration.ofHours(1));
            ConversationEngine engine = ConversationEngine.builder(keys.content(), TestBots.classifier())
                    .store(sessions).build();
            this.conversations = new StatsCommand(engine, keys.content(), sessions, null);
        }
    }
}
