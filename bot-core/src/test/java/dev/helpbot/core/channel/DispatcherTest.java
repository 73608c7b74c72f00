package dev.helpbot.core.channel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helpbot.core.ConversationKey;
import dev.helpbot.core.ConversationStatus;
import dev.helpbot.core.Conversations;
import dev.helpbot.core.Handoff;
import dev.helpbot.core.IncomingMessage;
import dev.helpbot.core.Reply;
import dev.helpbot.core.TestBots;
import dev.helpbot.core.channel.DeliveryObserver.Outcome;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The pipeline every channel runs, against a recording outbox and scripted conversations. */
class DispatcherTest {

    /** A place in a test platform: a thread (with a key) or not. */
    record TestPlace(String workspace, String channel, String thread) implements Place {
        @Override
        public String threadKey() {
            return thread == null ? null : channel + ":" + thread;
        }
    }

    private static final TestPlace CHANNEL = new TestPlace("T1", "C1", null);
    private static final TestPlace THREAD = new TestPlace("T1", "C1", "1.0");
    private static final Reply HELLO = reply("hello", Optional.empty());
    private static final Reply HANDED_OVER = reply("a person will reply",
            Optional.of(new Handoff(Handoff.Reason.REQUESTED, "**help needed**")));

    /** Everything the dispatcher did on the platform, in order. */
    private final List<String> wire = new CopyOnWriteArrayList<>();
    private final List<String> engineThreads = new CopyOnWriteArrayList<>();
    private final BlockingQueue<Outcome> outcomes = new LinkedBlockingQueue<>();
    private volatile Reply answer = HELLO;
    private volatile Runnable beforeAnswering = () -> { };
    private volatile boolean outboxRefuses;
    private volatile boolean deskFails;

    private final Conversations conversations = message -> {
        engineThreads.add(Thread.currentThread().getName());
        beforeAnswering.run();
        wire.add("engine " + message.key().user() + " " + (message.text() != null ? message.text() : message.choiceId()));
        return answer;
    };
    private final Outbox<TestPlace> outbox = new Outbox<>() {
        @Override
        public void post(TestPlace place, Reply reply, String ownerId) throws Exception {
            if (outboxRefuses) {
                throw new PlaceUnavailable("not_in_channel", null);
            }
            wire.add("post " + where(place) + " " + reply.text() + " for " + ownerId);
        }

        @Override
        public void notice(TestPlace place, String personId, String markup) {
            wire.add("notice " + where(place) + " to " + personId + ": " + markup);
        }

        @Override
        public void postHandoff(TestPlace place, Handoff handoff, String ownerId) {
            wire.add("handoff " + where(place) + " " + handoff.summary());
        }
    };
    private final StaffDesk<TestPlace> desk = (handoff, conversation, ownerId) -> {
        if (deskFails) {
            throw new IOException("desk refused");
        }
        wire.add("desk " + handoff.summary() + " from " + where(conversation) + " of " + ownerId);
    };
    private final ChannelRuntime runtime = ChannelRuntime.of(conversations, ChannelTexts.from(TestBots.content()),
            (platform, outcome) -> outcomes.add(outcome));
    private Dispatcher<TestPlace> dispatcher = runtime.dispatcher("test", "/backup-help", outbox, null);

    @AfterEach
    void close() {
        dispatcher.close();
    }

    @Test
    void submit_answersOnALaneThread_neverOnThePlatformsThread() throws Exception {
        dispatcher.submit(Delivery.of("m1", "U1", CHANNEL).reading(place -> text(place, "U1", "hi")));

        assertThat(next()).isEqualTo(Outcome.ANSWERED);
        assertThat(engineThreads).singleElement().satisfies(name -> assertThat(name).startsWith("helpbot-lane-test-")
                .isNotEqualTo(Thread.currentThread().getName()));
        assertThat(wire).containsExactly("engine U1 hi", "post C1 hello for U1");
    }

    @Test
    void submit_sameIdTwice_isAnsweredOnce() throws Exception {
        dispatcher.submit(Delivery.of("event:Ev1", "U1", CHANNEL).reading(place -> text(place, "U1", "hi")));
        dispatcher.submit(Delivery.of("event:Ev1", "U1", CHANNEL).reading(place -> text(place, "U1", "hi")));

        assertThat(List.of(next(), next())).containsExactlyInAnyOrder(Outcome.ANSWERED, Outcome.DUPLICATE);
        assertThat(wire).filteredOn(line -> line.startsWith("engine")).hasSize(1);
    }

    @Test
    void submit_readingThrows_getsTheApologyAndCountsAFailure() throws Exception {
        dispatcher.submit(Delivery.of("i1", "U1", CHANNEL).reading(place -> {
            throw new IllegalStateException("DetachedEntityException, say");
        }));

        assertThat(next()).isEqualTo(Outcome.FAILED);
        assertThat(wire).containsExactly("notice C1 to U1: " + runtime.texts().apology());
    }

    @Test
    void submit_platformSaysTheBotMayNotPostThere_tellsThePersonHowToLetItIn() throws Exception {
        outboxRefuses = true;

        dispatcher.submit(Delivery.of("c1", "U1", CHANNEL).reading(place -> text(place, "U1", "hi")));

        assertThat(next()).isEqualTo(Outcome.CANNOT_POST);
        assertThat(wire).last().isEqualTo("notice C1 to U1: " + runtime.texts().cannotPostHere("/backup-help"));
    }

    @Test
    void choice_pressedBySomeoneElse_isRefusedAndTheEngineNeverAsked() throws Exception {
        dispatcher.submit(Delivery.of("a1", "U2", THREAD).choice(new ChoiceToken("U1", "1.0", "worked:4"),
                place -> wire.add("tidy")).reading(place -> choice(place, "U1", "worked:4")));

        assertThat(next()).isEqualTo(Outcome.NOT_YOURS);
        assertThat(wire).containsExactly("notice C1:1.0 to U2: " + runtime.texts().notYours("/backup-help"));
    }

    @Test
    void choice_pressedByItsOwner_tidiesThenAnswers_evenWhenTidyingFails() throws Exception {
        dispatcher.submit(Delivery.of("a2", "U1", THREAD).choice(new ChoiceToken("U1", "1.0", "worked:4"),
                place -> {
                    wire.add("tidy");
                    throw new IOException("message gone");
                }).reading(place -> choice(place, "U1", "worked:4")));

        assertThat(next()).isEqualTo(Outcome.ANSWERED);
        assertThat(wire).containsExactly("tidy", "engine U1 worked:4", "post C1:1.0 hello for U1");
    }

    @Test
    void inThread_onlyTheOwnerIsAnswered_othersIgnored_andAMentionFromOthersToldNotYours() throws Exception {
        OwnerSource readBack = () -> Optional.of("U1");
        dispatcher.submit(Delivery.of("m1", "STAFF", THREAD).inThread(false, readBack)
                .reading(place -> text(place, "STAFF", "looking at it")));
        dispatcher.submit(Delivery.of("m2", "STAFF", THREAD).inThread(true, readBack)
                .reading(place -> text(place, "STAFF", "@bot hi")));
        dispatcher.submit(Delivery.of("m3", "U1", THREAD).inThread(false, readBack)
                .reading(place -> text(place, "U1", "still failing")));

        assertThat(List.of(next(), next(), next()))
                .containsExactlyInAnyOrder(Outcome.IGNORED, Outcome.NOT_YOURS, Outcome.ANSWERED);
        assertThat(wire).containsExactlyInAnyOrder("notice C1:1.0 to STAFF: " + runtime.texts().notYours("/backup-help"),
                "engine U1 still failing", "post C1:1.0 hello for U1");
    }

    @Test
    void inThread_threadNobodyOwns_theFirstMentionClaimsIt() throws Exception {
        dispatcher.submit(Delivery.of("m1", "U1", THREAD).inThread(false, OwnerSource.NONE)
                .reading(place -> text(place, "U1", "plain")));
        assertThat(next()).as("a plain message in a thread that is not the bot's").isEqualTo(Outcome.IGNORED);
        dispatcher.submit(Delivery.of("m2", "U1", THREAD).inThread(true, OwnerSource.NONE)
                .reading(place -> text(place, "U1", "@bot my backup fails")));
        assertThat(next()).isEqualTo(Outcome.ANSWERED);
        dispatcher.submit(Delivery.of("m3", "U1", THREAD).inThread(false, OwnerSource.NONE)
                .reading(place -> text(place, "U1", "still failing")));
        assertThat(next()).as("the claimer's plain messages now count").isEqualTo(Outcome.ANSWERED);
        dispatcher.submit(Delivery.of("m4", "U2", THREAD).inThread(true, OwnerSource.NONE)
                .reading(place -> text(place, "U2", "@bot me too")));
        assertThat(next()).as("the same rule on every platform: one owner per thread").isEqualTo(Outcome.NOT_YOURS);
    }

    @Test
    void inThread_afterARestart_ownerIsReadBackOnce_andAFailedLookupIsAskedAgain() throws Exception {
        AtomicInteger lookups = new AtomicInteger();
        OwnerSource flaky = () -> {
            if (lookups.incrementAndGet() == 1) {
                throw new IOException("platform unreachable");
            }
            return Optional.of("U1");
        };
        for (String id : List.of("m1", "m2", "m3")) {
            dispatcher.submit(Delivery.of(id, "U1", THREAD).inThread(false, flaky).reading(place -> text(place, "U1", id)));
        }

        assertThat(List.of(next(), next(), next())).containsExactly(Outcome.IGNORED, Outcome.ANSWERED, Outcome.ANSWERED);
        assertThat(lookups).hasValue(2);
    }

    @Test
    void opening_threadForTheAsker_makesThemItsOwner() throws Exception {
        dispatcher.submit(Delivery.of("c1", "U1", CHANNEL).opening(from -> THREAD).reading(place -> command(place, "U1")));
        assertThat(next()).isEqualTo(Outcome.ANSWERED);
        dispatcher.submit(Delivery.of("m1", "U2", THREAD).inThread(true, () -> Optional.of("U2"))
                .reading(place -> text(place, "U2", "@bot mine?")));

        assertThat(next()).as("remembered, not read back").isEqualTo(Outcome.NOT_YOURS);
        assertThat(wire).contains("post C1:1.0 hello for U1");
    }

    @Test
    void opening_fails_answersWhereItWasAsked() throws Exception {
        dispatcher.submit(Delivery.of("c1", "U1", CHANNEL).opening(from -> {
            throw new IOException("no permission to create threads");
        }).reading(place -> command(place, "U1")));

        assertThat(next()).isEqualTo(Outcome.ANSWERED);
        assertThat(wire).containsExactly("engine U1 null", "post C1 hello for U1");
    }

    @Test
    void opening_whereTheBotMayNotPost_tellsThePersonInsteadOfAnsweringInline() throws Exception {
        dispatcher.submit(Delivery.of("c1", "U1", CHANNEL).opening(from -> {
            throw new PlaceUnavailable("not_in_channel", null);
        }).reading(place -> command(place, "U1")));

        assertThat(next()).isEqualTo(Outcome.CANNOT_POST);
        assertThat(wire).as("no engine call, no answer").containsExactly("notice C1 to U1: "
                + runtime.texts().cannotPostHere("/backup-help"));
    }

    @Test
    void regression_commandAndItsThreadsMessages_shareALane_soTheWelcomeIsNeverOvertaken() throws Exception {
        // Slack ran a command on lane channel:user and its thread's messages on channel:thread_ts.
        CountDownLatch welcomeReached = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        beforeAnswering = () -> {
            if (welcomeReached.getCount() == 1) {
                welcomeReached.countDown();
                await(release);
            }
        };
        dispatcher.submit(Delivery.of("c1", "U1", CHANNEL).opening(from -> THREAD).reading(place -> command(place, "U1")));
        assertThat(welcomeReached.await(5, TimeUnit.SECONDS)).isTrue();
        dispatcher.submit(Delivery.of("m1", "U1", THREAD).inThread(false, OwnerSource.NONE)
                .reading(place -> text(place, "U1", "not enough storage")));
        Thread.sleep(100);
        release.countDown();

        assertThat(List.of(next(), next())).containsExactly(Outcome.ANSWERED, Outcome.ANSWERED);
        assertThat(wire).containsExactly("engine U1 null", "post C1:1.0 hello for U1", "engine U1 not enough storage",
                "post C1:1.0 hello for U1");
    }

    @Test
    void handoff_withADesk_goesToTheDeskOnly() throws Exception {
        dispatcher = runtime.dispatcher("test", "/backup-help", outbox, desk);
        answer = HANDED_OVER;

        dispatcher.submit(Delivery.of("m1", "U1", THREAD).opening(from -> THREAD).reading(place -> text(place, "U1", "person")));

        assertThat(next()).isEqualTo(Outcome.ANSWERED);
        assertThat(wire).containsExactly("engine U1 person", "post C1:1.0 a person will reply for U1",
                "desk **help needed** from C1:1.0 of U1");
    }

    @Test
    void regression_handoffDeskFails_theNoteGoesInTheConversationInsteadOfBeingLost() throws Exception {
        dispatcher = runtime.dispatcher("test", "/backup-help", outbox, desk);
        answer = HANDED_OVER;
        deskFails = true;

        dispatcher.submit(Delivery.of("m1", "U1", CHANNEL).reading(place -> text(place, "U1", "person")));

        assertThat(next()).isEqualTo(Outcome.ANSWERED);
        assertThat(wire).endsWith("handoff C1 **help needed**");
    }

    @Test
    void handoff_withoutADesk_goesInTheConversation() throws Exception {
        answer = HANDED_OVER;

        dispatcher.submit(Delivery.of("m1", "U1", CHANNEL).reading(place -> text(place, "U1", "person")));

        assertThat(next()).isEqualTo(Outcome.ANSWERED);
        assertThat(wire).containsExactly("engine U1 person", "post C1 a person will reply for U1",
                "handoff C1 **help needed**");
    }

    @Test
    void submit_readingReturnsNothing_isIgnored() throws Exception {
        dispatcher.submit(Delivery.of("m1", "U1", CHANNEL).reading(place -> null));

        assertThat(next()).isEqualTo(Outcome.IGNORED);
        assertThat(wire).isEmpty();
    }

    private Outcome next() throws InterruptedException {
        Outcome outcome = outcomes.poll(5, TimeUnit.SECONDS);
        assertThat(outcome).as("a delivery ended").isNotNull();
        return outcome;
    }

    private static String where(TestPlace place) {
        return place.threadKey() != null ? place.threadKey() : place.channel();
    }

    private static ConversationKey key(TestPlace place, String user) {
        return new ConversationKey("test", place.workspace(), where(place), user);
    }

    private static IncomingMessage text(TestPlace place, String user, String text) {
        return IncomingMessage.text(key(place, user), text);
    }

    private static IncomingMessage choice(TestPlace place, String user, String choiceId) {
        return IncomingMessage.choice(key(place, user), choiceId);
    }

    private static IncomingMessage command(TestPlace place, String user) {
        return IncomingMessage.command(key(place, user), new IncomingMessage.Command("backup-help", ""));
    }

    private static Reply reply(String text, Optional<Handoff> handoff) {
        return new Reply(text, List.of(), ConversationStatus.IDLE, null, null, 1.0, handoff);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
