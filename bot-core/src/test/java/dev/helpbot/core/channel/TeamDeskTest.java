package dev.helpbot.core.channel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helpbot.core.Choice;
import dev.helpbot.core.ConversationEngine;
import dev.helpbot.core.ConversationKey;
import dev.helpbot.core.Handoff;
import dev.helpbot.core.HandoffEvent;
import dev.helpbot.core.IncomingMessage;
import dev.helpbot.core.Reply;
import dev.helpbot.core.TestBots;
import dev.helpbot.core.channel.DeliveryObserver.Outcome;
import dev.helpbot.core.session.InMemorySessionStore;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The support team's side of the kit against the real engine: the note, its buttons, the webhook, forums, timers. */
class TeamDeskTest {

    record TestPlace(String workspace, String channel, String thread) implements Place {
        @Override
        public String threadKey() {
            return thread == null ? null : channel + ":" + thread;
        }
    }

    private static final TestPlace CHANNEL = new TestPlace("T1", "C1", null);
    private static final TestPlace THREAD = new TestPlace("T1", "C1", "1.0");
    private static final TestPlace DESK = new TestPlace("T1", "STAFF", null);

    private final List<String> wire = new CopyOnWriteArrayList<>();
    /** The notes posted, with their buttons. */
    private final List<Handoff> notes = new CopyOnWriteArrayList<>();
    private final BlockingQueue<HandoffEvent> events = new LinkedBlockingQueue<>();
    private final BlockingQueue<Outcome> outcomes = new LinkedBlockingQueue<>();
    private volatile Duration archiveAfter = Duration.ZERO;

    private final ConversationEngine engine = ConversationEngine.builder(TestBots.content(), TestBots.classifier())
            .store(new InMemorySessionStore(100, Duration.ofHours(1))).build();

    private final Outbox<TestPlace> outbox = new Outbox<>() {
        @Override
        public void post(TestPlace place, Reply reply, String ownerId) {
            if (!reply.isSilent()) {
                wire.add("post " + where(place) + " " + reply.text().lines().findFirst().orElse("") + " buttons "
                        + reply.choices().size());
            }
        }

        @Override
        public void notice(TestPlace place, String personId, String markup) {
            wire.add("notice " + where(place) + " to " + personId + ": " + markup);
        }

        @Override
        public void postHandoff(TestPlace place, Handoff handoff, String ownerId) {
            notes.add(handoff);
            wire.add("note in " + where(place));
        }
    };
    private final StaffDesk<TestPlace> desk = (handoff, conversation, ownerId) -> {
        notes.add(handoff);
        wire.add("note at the desk for " + where(conversation) + " of " + ownerId);
    };
    private final SupportTeam<TestPlace> team = new SupportTeam<>() {
        @Override
        public TestPlace conversation(TestPlace pressedIn, String workspace, String channel, String ownerId) {
            String[] parts = channel.split(":");
            return new TestPlace(workspace, parts[0], parts.length > 1 ? parts[1] : null);
        }

        @Override
        public Optional<String> link(TestPlace conversation) {
            return Optional.of("https://chat.example/" + where(conversation));
        }

        @Override
        public void mark(TestPlace conversation, Mark mark) {
            wire.add("mark " + where(conversation) + " " + mark);
        }

        @Override
        public Duration archiveAfter() {
            return archiveAfter;
        }

        @Override
        public void archive(TestPlace conversation) {
            wire.add("archive " + where(conversation));
        }
    };

    private ChannelRuntime runtime(Duration repingAfter) {
        return ChannelRuntime.of(engine, ChannelTexts.from(TestBots.content()), (platform, outcome) -> outcomes.add(outcome))
                .withHandoffs((event, platform, link) -> {
                    events.add(event);
                    wire.add("webhook " + event.kind() + " " + platform + " " + link.orElse("-"));
                }, repingAfter);
    }

    private Dispatcher<TestPlace> dispatcher = runtime(Duration.ZERO).dispatcher("test", "/backup-help", outbox, desk, team);

    @AfterEach
    void close() {
        dispatcher.close();
    }

    @Test
    void handoff_noteCarriesTheTranscriptAndTheTeamsButtons_andTheWebhookHearsOfIt() throws Exception {
        Handoff note = handOver();

        assertThat(note.summary()).contains("Last messages:").contains("“it says not enough storage”")
                .contains("“can i talk to a real person”");
        assertThat(note.choices()).extracting(Choice::label).containsExactly("Claim", "Solved", "Back to the bot");
        assertThat(note.choices().get(0).id()).startsWith("staff:claim:" + note.id() + ":T1:C1:1.0");
        HandoffEvent created = nextEvent();
        assertThat(created.kind()).isEqualTo(HandoffEvent.Kind.CREATED);
        assertThat(wire).containsSubsequence("note at the desk for C1:1.0 of U1", "webhook CREATED test https://chat.example/C1:1.0",
                "mark C1:1.0 HANDED_OVER");
    }

    @Test
    void claim_bySomeoneNotOnTheTeam_isRefusedPrivately_withNoEditNoEngineAndNoWebhook() throws Exception {
        Handoff note = handOver();
        nextEvent();
        wire.clear();

        press("Bo", false, note.choices().get(0));

        assertThat(next()).isEqualTo(Outcome.NOT_YOURS);
        assertThat(wire).containsExactly("notice STAFF to BO: " + ChannelTexts.from(TestBots.content()).staffOnly());
        assertThat(events.poll(200, TimeUnit.MILLISECONDS)).isNull();
        assertThat(engine.handle(IncomingMessage.staff(key(), new dev.helpbot.core.StaffAction(
                dev.helpbot.core.StaffAction.Kind.CLAIM, note.id(), "S1", "Ines"))).handoffEvent())
                .as("still unclaimed").isPresent();
    }

    @Test
    void claimThenSolved_byTheTeam_updateTheNote_tellThePerson_andReachTheWebhookInOrder() throws Exception {
        Handoff note = handOver();
        nextEvent();
        wire.clear();

        press("Ines", true, note.choices().get(0));
        assertThat(next()).isEqualTo(Outcome.ANSWERED);
        press("Ines", true, note.choices().get(1));
        assertThat(next()).isEqualTo(Outcome.ANSWERED);

        assertThat(nextEvent().kind()).isEqualTo(HandoffEvent.Kind.CLAIMED);
        HandoffEvent solved = nextEvent();
        assertThat(solved.kind()).isEqualTo(HandoffEvent.Kind.SOLVED);
        assertThat(solved.claimedBy()).isEqualTo("Ines");
        assertThat(wire).containsSubsequence(
                "update note STAFF: **Claimed** by Ines [Solved, Back to the bot]",
                "post C1:1.0 Ines from the support team has picked this up and will reply here. buttons 1",
                "webhook CLAIMED test https://chat.example/C1:1.0",
                "update note STAFF: **Solved** by Ines []",
                "post C1:1.0 The support team marked this as solved. If the backup fails again, just tell me what you see."
                        + " buttons 1",
                "webhook SOLVED test https://chat.example/C1:1.0",
                "mark C1:1.0 RESOLVED");
    }

    @Test
    void reminder_pingsTheTeamOnceMore_whileNobodyTookIt() throws Exception {
        dispatcher.close();
        dispatcher = runtime(Duration.ofMillis(100)).dispatcher("test", "/backup-help", outbox, desk, team);
        handOver();

        waitFor(() -> notes.size() == 2);

        assertThat(notes.get(1).summary()).startsWith("Still waiting for someone from the team");
        assertThat(notes.get(1).choices()).isEmpty();
        Thread.sleep(300);
        assertThat(notes).as("once").hasSize(2);
    }

    @Test
    void reminder_notSent_onceSomeoneClaimedIt() throws Exception {
        dispatcher.close();
        dispatcher = runtime(Duration.ofMillis(300)).dispatcher("test", "/backup-help", outbox, desk, team);
        Handoff note = handOver();
        press("Ines", true, note.choices().get(0));
        assertThat(next()).isEqualTo(Outcome.ANSWERED);

        Thread.sleep(600);

        assertThat(notes).hasSize(1);
    }

    @Test
    void forumPost_notAboutBackups_getsOneShortReply_andNoConversation() throws Exception {
        dispatcher.submit(Delivery.of("p1", "U1", THREAD).forumPost().reading(place -> text(place, "what's the weather in paris")));
        assertThat(next()).isEqualTo(Outcome.ANSWERED);
        dispatcher.submit(Delivery.of("p2", "U1", THREAD).inThread(false, () -> Optional.of("U1"))
                .reading(place -> text(place, "hello?")));
        assertThat(next()).as("the post is nobody's conversation").isEqualTo(Outcome.IGNORED);

        assertThat(wire).containsExactly("post C1:1.0 " + ChannelTexts.from(TestBots.content()).forumOutOfScope()
                + " buttons 0");
    }

    @Test
    void forumPost_aboutBackups_isAnsweredInThePost_andItsAuthorGoesOnThere() throws Exception {
        dispatcher.submit(Delivery.of("p1", "U1", THREAD).forumPost()
                .reading(place -> text(place, "my iphone says there is not enough icloud storage to back up")));
        assertThat(next()).isEqualTo(Outcome.ANSWERED);
        dispatcher.submit(Delivery.of("p2", "U1", THREAD).inThread(false, OwnerSource.NONE)
                .reading(place -> text(place, "didn't help")));
        assertThat(next()).isEqualTo(Outcome.ANSWERED);

        assertThat(wire).hasSize(2);
        assertThat(wire.get(0)).startsWith("post C1:1.0 **Fix 4 of 9");
    }

    @Test
    void resolvedThread_isArchivedAfterTheDelay_unlessSomethingIsSaidFirst() throws Exception {
        archiveAfter = Duration.ofMillis(150);
        say(THREAD, "my iphone says there is not enough icloud storage to back up");
        dispatcher.submit(Delivery.of("w1", "U1", THREAD).choice(new ChoiceToken("U1", "1.0", "worked:4"), null)
                .reading(place -> IncomingMessage.choice(key(), "worked:4")));
        assertThat(next()).isEqualTo(Outcome.ANSWERED);
        waitFor(() -> wire.contains("archive C1:1.0"));
        assertThat(wire).contains("mark C1:1.0 RESOLVED");

        wire.clear();
        archiveAfter = Duration.ofMillis(300);
        say(THREAD, "it worked thanks");
        say(THREAD, "wait, it failed again");
        Thread.sleep(600);
        assertThat(wire).doesNotContain("archive C1:1.0");
    }

    /** Symptom, "didn't help", a request for a person: the note the desk got. */
    private Handoff handOver() throws InterruptedException {
        say(THREAD, "it says not enough storage");
        say(THREAD, "can i talk to a real person");
        waitFor(() -> !notes.isEmpty());
        return notes.get(0);
    }

    private void say(TestPlace place, String text) throws InterruptedException {
        dispatcher.submit(Delivery.of(null, "U1", place).reading(where -> text(where, text)));
        assertThat(next()).isEqualTo(Outcome.ANSWERED);
    }

    /** A press in the staff channel on the note's {@code button}, by someone on the team or not. */
    private void press(String who, boolean onTheTeam, Choice button) {
        dispatcher.submit(Delivery.of("press-" + who + button.id(), who.toUpperCase(), DESK)
                .choice(new ChoiceToken("U1", ChoiceToken.NO_PLACE, button.id()), place -> wire.add("tidied"))
                .team(() -> onTheTeam, who, (place, status, left) -> wire.add("update note " + where(place) + ": " + status
                        + " " + left.stream().map(Choice::label).toList()))
                .reading(place -> {
                    throw new AssertionError("a note's button is read by the kit, not the adapter");
                }));
    }

    private ConversationKey key() {
        return new ConversationKey("test", "T1", "C1:1.0", "U1");
    }

    private IncomingMessage text(TestPlace place, String text) {
        return IncomingMessage.text(new ConversationKey("test", place.workspace(), where(place), "U1"), text);
    }

    private Outcome next() throws InterruptedException {
        Outcome outcome = outcomes.poll(5, TimeUnit.SECONDS);
        assertThat(outcome).as("a delivery ended").isNotNull();
        return outcome;
    }

    private HandoffEvent nextEvent() throws InterruptedException {
        HandoffEvent event = events.poll(5, TimeUnit.SECONDS);
        assertThat(event).as("a hand-over event").isNotNull();
        return event;
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited too long").isLessThan(deadline);
            Thread.sleep(10);
        }
    }

    private static String where(TestPlace place) {
        return place.threadKey() != null ? place.threadKey() : place.channel();
    }
}
