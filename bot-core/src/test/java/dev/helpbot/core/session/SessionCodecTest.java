package dev.helpbot.core.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.helpbot.core.ConversationStatus;
import dev.helpbot.core.Handoff;
import dev.helpbot.core.dialogue.Fact;
import dev.helpbot.core.dialogue.FixAttempt;
import dev.helpbot.core.dialogue.HandoffTicket;
import dev.helpbot.core.dialogue.Pending;
import dev.helpbot.core.dialogue.Session;
import dev.helpbot.core.dialogue.Stage;
import dev.helpbot.core.dialogue.TranscriptTurn;
import dev.helpbot.core.nlu.PhoneModel;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionCodecTest {

    @Test
    void decode_ofEncode_givesTheSameSession() {
        Session session = new Session(Stage.FIX, 7,
                List.of(new FixAttempt(4, FixAttempt.Outcome.FAILED), new FixAttempt(7, FixAttempt.Outcome.SHOWN)),
                new PhoneModel("iPhone 13 Pro", PhoneModel.Family.X_OR_LATER), 17, Pending.PHONE_MODEL, 2,
                List.of(4, 1, 4, 7), List.of(new Fact(Fact.Kind.RULED_OUT, 2, "wifi's fine \"really\""),
                new Fact(Fact.Kind.DEVICE, 0, "ipad"), new Fact(Fact.Kind.GUARDED, 6, "i forgot my password")),
                List.of("storage \"full\" ✓ 😩", "line\nbreak"));
        assertThat(SessionCodec.decode(SessionCodec.encode(session))).isEqualTo(session);
        assertThat(SessionCodec.decode(SessionCodec.encode(Session.NEW))).isEqualTo(Session.NEW);
    }

    @Test
    void decode_ofEncode_keepsTheTranscriptAndTheOpenHandover() {
        Session session = Session.NEW.inStage(Stage.ESCALATED)
                .recording(new TranscriptTurn(TranscriptTurn.Said.TEXT, "it says \"full\" 😩", ConversationStatus.FIX, 4), 8)
                .recording(new TranscriptTurn(TranscriptTurn.Said.CHOICE, "not_worked:4", ConversationStatus.FIX, 5), 8)
                .recording(new TranscriptTurn(TranscriptTurn.Said.ATTACHMENT, "", ConversationStatus.FALLBACK, 0), 8)
                .withTicket(new HandoffTicket("m5x2k9q1ab3c", Handoff.Reason.REQUESTED, 1_772_443_800L, "U7", "Ines “I”",
                        1_772_444_220L));
        Session unclaimed = session.withTicket(HandoffTicket.opened("m5x2k9q1ab3c", Handoff.Reason.ALL_FIXES_FAILED,
                Instant.ofEpochSecond(1_772_443_800L)));

        assertThat(SessionCodec.decode(SessionCodec.encode(session))).isEqualTo(session);
        assertThat(SessionCodec.decode(SessionCodec.encode(unclaimed))).isEqualTo(unclaimed);
        assertThat(SessionCodec.encode(Session.NEW)).as("an idle conversation stores neither").doesNotContain("\"t\"")
                .doesNotContain("\"h\"");
    }

    @Test
    void decode_secondFormat_stillReads_withNoTranscriptNorHandover() {
        String stored = "{\"v\":2,\"s\":\"ESCALATED\",\"f\":4,\"a\":[\"4:FAILED\"],\"sh\":[4],\"n\":[\"full\"]}";
        Session session = SessionCodec.decode(stored);
        assertThat(session.stage()).isEqualTo(Stage.ESCALATED);
        assertThat(session.transcript()).isEmpty();
        assertThat(session.openTicket()).isEmpty();
        assertThat(session.notes()).containsExactly("full");
    }

    @Test
    void decode_firstFormat_stillReads() {
        String stored = "{\"v\":1,\"s\":\"FIX\",\"f\":7,\"a\":[\"4:FAILED\",\"7:SHOWN\"],\"ask\":true,\"n\":[\"hi\"]}";
        Session session = SessionCodec.decode(stored);
        assertThat(session.awaitingPhoneModel()).isTrue();
        assertThat(session.shown()).containsExactly(4, 7);
        assertThat(session.previousFix()).hasValue(4);
        assertThat(session.facts()).isEmpty();
    }

    @Test
    void decode_phoneSavedBeforeThreeRestartGroups_keepsOnlyWhatTheOldGroupTells() {
        String stored = "{\"v\":2,\"s\":\"FIX\",\"f\":7,\"pm\":\"iPhone SE\",\"pf\":\"EIGHT_OR_EARLIER\"}";
        Session session = SessionCodec.decode(stored);
        assertThat(session.phone()).hasValue(new PhoneModel("iPhone SE", PhoneModel.Family.HOME_BUTTON));
        assertThat(session.phone().get().family().restartGroup()).as("the bot asks which one").isEmpty();
    }

    @Test
    void decode_garbage_failsWithAClearMessage() {
        assertThatThrownBy(() -> SessionCodec.decode("{\"v\":99}")).hasMessageContaining("unknown session format");
        assertThatThrownBy(() -> SessionCodec.decode("not json")).hasMessageContaining("unreadable session");
        assertThatThrownBy(() -> SessionCodec.decode("{\"v\":1,\"s\":\"NOPE\"}")).isInstanceOf(IllegalArgumentException.class);
    }
}
