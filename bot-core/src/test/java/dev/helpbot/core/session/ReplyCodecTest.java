package dev.helpbot.core.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.helpbot.core.Choice;
import dev.helpbot.core.ConversationStatus;
import dev.helpbot.core.Handoff;
import dev.helpbot.core.HandoffEvent;
import dev.helpbot.core.Reply;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReplyCodecTest {

    @Test
    void decode_ofEncode_givesTheSameReply_withAndWithoutAFixOrHandoff() {
        Reply fix = new Reply("**Fix 4 of 9** \"quoted\" ünïcode 😩\nline", List.of(new Choice("worked:4", "Yes, it backed up"),
                new Choice("not_worked:4", "No")), ConversationStatus.FIX, 4, "storage_full", 0.93, Optional.empty());
        Reply handedOver = new Reply("A person will reply.", List.of(), ConversationStatus.ESCALATED, null, null, 1.0,
                Optional.of(new Handoff(Handoff.Reason.ALL_FIXES_FAILED, "**summary**")));

        assertThat(ReplyCodec.decode(ReplyCodec.encode(fix))).isEqualTo(fix);
        assertThat(ReplyCodec.decode(ReplyCodec.encode(handedOver))).isEqualTo(handedOver);
    }

    @Test
    void decode_ofEncode_keepsTheHandoffsIdTranscriptAndTime_andTheEvent() {
        Handoff opened = new Handoff("h-7f3a", Handoff.Reason.REQUESTED, "**summary**", List.of("> “help” → handed over"),
                Instant.parse("2026-12-01T13:00:00Z"), List.of());
        Reply created = new Reply("A person will reply.", List.of(), ConversationStatus.ESCALATED, null, null, 1.0,
                Optional.empty()).withHandoffEvent(new HandoffEvent(HandoffEvent.Kind.CREATED, opened, null,
                opened.openedAt()));
        Reply claimed = new Reply("", List.of(), ConversationStatus.ESCALATED, null, "staff_claim", 1.0, Optional.empty())
                .withHandoffEvent(new HandoffEvent(HandoffEvent.Kind.CLAIMED, opened, "Sam",
                        Instant.parse("2026-12-01T13:04:00Z")));

        assertThat(ReplyCodec.decode(ReplyCodec.encode(created))).isEqualTo(created);
        assertThat(ReplyCodec.decode(ReplyCodec.encode(claimed))).isEqualTo(claimed);
        assertThat(ReplyCodec.decode(ReplyCodec.encode(claimed)).handoffEvent().orElseThrow().claimer()).contains("Sam");
    }

    @Test
    void decode_ofAReplyStoredBeforeHandoffsHadIds_readsItWithNone() {
        Reply decoded = ReplyCodec.decode("{\"t\":\"A person will reply.\",\"s\":\"ESCALATED\",\"i\":null,\"p\":1.0,"
                + "\"h\":{\"r\":\"REQUESTED\",\"s\":\"**summary**\"}}");

        assertThat(decoded.handoff()).contains(new Handoff(Handoff.Reason.REQUESTED, "**summary**"));
        assertThat(decoded.handoffEvent()).isEmpty();
    }

    @Test
    void decode_ofSomethingElse_saysSo() {
        assertThatThrownBy(() -> ReplyCodec.decode("{\"t\":1}")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not an encoded reply");
    }
}
