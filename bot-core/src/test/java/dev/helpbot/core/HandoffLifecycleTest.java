package dev.helpbot.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helpbot.core.analytics.AnalyticsRecorder;
import dev.helpbot.core.analytics.Counters;
import dev.helpbot.core.analytics.InMemoryAnalyticsSink;
import dev.helpbot.core.analytics.StatsReport;
import dev.helpbot.core.dialogue.Session;
import dev.helpbot.core.dialogue.Stage;
import dev.helpbot.core.dialogue.TranscriptTurn;
import dev.helpbot.core.session.InMemorySessionStore;
import dev.helpbot.core.testing.MovableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A hand-over's life through the engine: opened with its transcript, claimed, solved or sent back, and counted. */
class HandoffLifecycleTest {

    private static final Instant OPENED = Instant.parse("2026-03-02T09:30:00Z");

    private final MovableClock clock = new MovableClock(OPENED);
    private final InMemorySessionStore store = new InMemorySessionStore(100, Duration.ofHours(1));
    private final InMemoryAnalyticsSink analytics = new InMemoryAnalyticsSink();
    private final ConversationKey key = new ConversationKey("slack", "T1", "C1:1.0", "U1");

    private ConversationEngine engine(int transcriptTurns) {
        return ConversationEngine.builder(TestBots.content(), TestBots.classifier()).store(store).clock(clock)
                .transcriptTurns(transcriptTurns).observer(new AnalyticsRecorder(analytics)).build();
    }

    private final ConversationEngine engine = engine(8);

    private Reply say(String text) {
        return engine.handle(IncomingMessage.text(key, text));
    }

    private Reply staff(StaffAction.Kind kind, String handoffId, String who) {
        return engine.handle(IncomingMessage.staff(key, new StaffAction(kind, handoffId, "S-" + who, who)));
    }

    private Session session() {
        return store.load(key).orElseThrow().session();
    }

    /** Symptom, a button, and a request for a person: the hand-over it opens. */
    private HandoffEvent handOver() {
        engine.handle(IncomingMessage.command(key, new IncomingMessage.Command("backup-help", "")));
        say("it says not enough storage @everyone <!channel>");
        engine.handle(IncomingMessage.choice(key, "not_worked:4"));
        Reply escalated = say("can i talk to a real person please");
        assertThat(escalated.status()).isEqualTo(ConversationStatus.ESCALATED);
        return escalated.handoffEvent().orElseThrow();
    }

    @Test
    void escalation_opensAHandoverWithAnIdTheTimeAndTheTranscriptOfWhatWasSaid() {
        HandoffEvent created = handOver();

        assertThat(created.kind()).isEqualTo(HandoffEvent.Kind.CREATED);
        assertThat(created.handoff().id()).matches("[0-9a-z]{12}");
        assertThat(created.handoff().openedAt()).isEqualTo(OPENED);
        assertThat(created.claimer()).isEmpty();
        assertThat(created.handoff().transcript()).as("the bare command that opened it tells the team nothing")
                .hasSize(3);
        assertThat(created.handoff().transcript().get(0)).contains("not enough storage").contains("fix 4")
                .contains("@\u200Beveryone").doesNotContain("<!channel>");
        assertThat(created.handoff().transcript().get(1)).contains("pressed").contains("No, still failing");
        assertThat(created.handoff().transcript().get(2)).contains("real person").contains("handed over");
        assertThat(session().openTicket()).map(t -> t.id()).hasValue(created.handoff().id());
    }

    @Test
    void transcript_keepsTheLastTurnsOnly_eachCutTo200Characters() {
        ConversationEngine three = engine(3);
        three.handle(IncomingMessage.text(key, "my backup fails"));
        for (int i = 0; i < 6; i++) {
            three.handle(IncomingMessage.text(key, "x".repeat(500)));
        }
        List<TranscriptTurn> kept = session().transcript();

        assertThat(kept).hasSize(3);
        assertThat(kept).allSatisfy(turn -> assertThat(turn.words()).hasSizeLessThanOrEqualTo(200).endsWith("…"));
    }

    @Test
    void whileEscalated_silentAnswersAreNotKept() {
        HandoffEvent created = handOver();
        say("hello? anyone");

        assertThat(session().transcript()).hasSize(created.handoff().transcript().size());
    }

    @Test
    void claim_takesIt_tellsThePerson_andCountsTheWait() {
        String id = handOver().handoff().id();
        clock.advance(Duration.ofMinutes(7));

        Reply claimed = staff(StaffAction.Kind.CLAIM, id, "Ines");

        HandoffEvent event = claimed.handoffEvent().orElseThrow();
        assertThat(event.kind()).isEqualTo(HandoffEvent.Kind.CLAIMED);
        assertThat(event.claimedBy()).isEqualTo("Ines");
        assertThat(event.at()).isEqualTo(OPENED.plus(Duration.ofMinutes(7)));
        assertThat(claimed.text()).contains("Ines").contains("support team");
        assertThat(claimed.status()).isEqualTo(ConversationStatus.ESCALATED);
        assertThat(session().openTicket().orElseThrow().claimerName()).isEqualTo("Ines");
        assertThat(analytics.snapshot()).containsEntry(Counters.HANDOFFS_CLAIMED, 1L)
                .containsEntry(Counters.claimedAfterMinutes(7), 1L);
        assertThat(StatsReport.medianMinutesToClaim(analytics.snapshot())).hasValue(7);
        assertThat(StatsReport.render(analytics.snapshot(), TestBots.content())).contains("claimed 1")
                .contains("median time to claim 7 min");
    }

    @Test
    void secondClaim_isRefused_withNoEventAndTheFirstClaimerKept() {
        String id = handOver().handoff().id();
        staff(StaffAction.Kind.CLAIM, id, "Ines");

        Reply again = staff(StaffAction.Kind.CLAIM, id, "Bo");

        assertThat(again.handoffEvent()).isEmpty();
        assertThat(again.text()).contains("Ines already took");
        assertThat(session().openTicket().orElseThrow().claimerName()).isEqualTo("Ines");
        assertThat(analytics.snapshot()).containsEntry(Counters.HANDOFFS_CLAIMED, 1L);
    }

    @Test
    void solved_closesIt_resolvesTheConversation_andButtonsOfTheClosedNoteAreRefused() {
        String id = handOver().handoff().id();
        staff(StaffAction.Kind.CLAIM, id, "Ines");

        Reply solved = staff(StaffAction.Kind.SOLVE, id, "Bo");

        assertThat(solved.handoffEvent().orElseThrow().kind()).isEqualTo(HandoffEvent.Kind.SOLVED);
        assertThat(solved.handoffEvent().get().claimedBy()).as("who had it").isEqualTo("Ines");
        assertThat(solved.status()).isEqualTo(ConversationStatus.RESOLVED);
        assertThat(session().stage()).isEqualTo(Stage.RESOLVED);
        assertThat(session().openTicket()).isEmpty();
        assertThat(analytics.snapshot()).containsEntry(Counters.HANDOFFS_SOLVED, 1L);
        Reply late = staff(StaffAction.Kind.CLAIM, id, "Cy");
        assertThat(late.handoffEvent()).isEmpty();
        assertThat(late.text()).contains("already closed");
    }

    @Test
    void backToTheBot_byTheTeam_showsTheFixAgain_andClosesIt() {
        String id = handOver().handoff().id();

        Reply back = staff(StaffAction.Kind.RETURN, id, "Ines");

        assertThat(back.handoffEvent().orElseThrow().kind()).isEqualTo(HandoffEvent.Kind.RETURNED);
        assertThat(back.handoffEvent().get().claimedBy()).as("whoever acted, when nobody claimed it").isEqualTo("Ines");
        assertThat(back.status()).isEqualTo(ConversationStatus.FIX);
        assertThat(back.text()).startsWith("I'm back");
        assertThat(session().openTicket()).isEmpty();
        assertThat(analytics.snapshot()).containsEntry(Counters.HANDOFFS_RETURNED, 1L);
    }

    @Test
    void backToTheBot_byThePerson_closesItToo() {
        handOver();

        Reply back = say("back to the bot");

        assertThat(back.handoffEvent().orElseThrow().kind()).isEqualTo(HandoffEvent.Kind.RETURNED);
        assertThat(back.handoffEvent().get().claimer()).isEmpty();
        assertThat(session().openTicket()).isEmpty();
    }

    @Test
    void reminder_onlyWhileNobodyTookIt() {
        String id = handOver().handoff().id();

        assertThat(staff(StaffAction.Kind.REMIND, id, "").handoffEvent()).map(HandoffEvent::kind)
                .hasValue(HandoffEvent.Kind.REMINDED);
        staff(StaffAction.Kind.CLAIM, id, "Ines");
        Reply late = engine.handle(IncomingMessage.staff(key, StaffAction.remind(id)));
        assertThat(late.handoffEvent()).isEmpty();
        assertThat(late.isSilent()).isTrue();
    }

    @Test
    void staffActions_areNoMessagesFromThePerson_andBypassTheRateLimit() {
        String id = handOver().handoff().id();
        long messages = analytics.snapshot().get(Counters.MESSAGES);
        Conversations limited = new RateLimiter(engine, new RateLimits(1, 1, 1, 1), TestBots.content());
        limited.handle(IncomingMessage.text(key, "hello"));

        Reply claimed = limited.handle(IncomingMessage.staff(key, new StaffAction(StaffAction.Kind.CLAIM, id, "S1", "Ines")));

        assertThat(claimed.handoffEvent()).isPresent();
        assertThat(analytics.snapshot().get(Counters.MESSAGES)).isEqualTo(messages + 1);
    }
}
