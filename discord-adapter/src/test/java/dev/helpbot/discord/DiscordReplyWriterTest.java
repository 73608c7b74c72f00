package dev.helpbot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helpbot.core.Choice;
import dev.helpbot.core.ConversationStatus;
import dev.helpbot.core.Handoff;
import dev.helpbot.core.Markup;
import dev.helpbot.core.Reply;
import dev.helpbot.core.TestBots;
import dev.helpbot.core.channel.ChannelTexts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.utils.data.DataObject;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.Test;

class DiscordReplyWriterTest {

    private static final String OWNER = "4000";
    private static final String SUPPORT_ROLE = "5000";

    private final DiscordReplyWriter writer = new DiscordReplyWriter(
            new DiscordSettings("test-token-not-real", null, null, null, null, SUPPORT_ROLE, 0, null, null, null),
            ChannelTexts.from(TestBots.content()));

    @Test
    void messages_fixWithChoices_isOneMessageWithButtonsCarryingOwnerAndChoice() {
        Reply reply = reply("**Fix 2 of 9** · Check your Wi-Fi\n1. Open Settings.",
                new Choice("worked:2", "Yes, it backed up"), new Choice("not_worked:2", "No, still failing"));

        List<MessageCreateData> messages = writer.messages(reply, OWNER);

        assertThat(messages).hasSize(1);
        assertThat(messages.get(0).getContent()).isEqualTo("**Fix 2 of 9** · Check your Wi-Fi\n1. Open Settings.");
        List<Button> buttons = buttonsOf(messages.get(0));
        assertThat(buttons).extracting(Button::getCustomId).containsExactly("hb1|4000|-|worked:2", "hb1|4000|-|not_worked:2");
        assertThat(buttons).extracting(Button::getLabel).containsExactly("Yes, it backed up", "No, still failing");
    }

    @Test
    void messages_always_allowNoMentionsAtAll() {
        MessageCreateData message = writer.messages(reply("Hello " + Markup.quote("@everyone <@&5000>")), OWNER).get(0);

        assertThat(message.getAllowedMentions()).isEmpty();
        assertThat(message.getMentionedRoles()).isEmpty();
        assertThat(message.getMentionedUsers()).isEmpty();
        DataObject allowed = message.toData().getObject("allowed_mentions");
        assertThat(allowed.getArray("parse").isEmpty()).isTrue();
        assertThat(allowed.hasKey("roles")).isFalse();
        assertThat(message.getContent()).doesNotContain("@everyone");
    }

    @Test
    void buttons_twelveChoices_makeRowsOfFive() {
        Choice[] choices = IntStream.rangeClosed(1, 12).mapToObj(i -> new Choice("jump_to_fix:" + i, "Fix " + i))
                .toArray(Choice[]::new);

        List<ActionRow> rows = writer.buttons(List.of(choices), OWNER);

        assertThat(rows).extracting(row -> row.getButtons().size()).containsExactly(5, 5, 2);
    }

    @Test
    void buttons_moreThanDiscordShows_stopAtTwentyFive() {
        List<Choice> choices = IntStream.rangeClosed(1, 30).mapToObj(i -> new Choice("c" + i, "Choice " + i)).toList();

        assertThat(writer.buttons(choices, OWNER)).hasSize(5).allSatisfy(row -> assertThat(row.getButtons()).hasSize(5));
    }

    @Test
    void buttons_choiceIdTooLongForDiscord_isLeftOut() {
        List<ActionRow> rows = writer.buttons(List.of(new Choice("x".repeat(120), "Too long"), new Choice("help", "Help")), OWNER);

        assertThat(rows.get(0).getButtons()).extracting(Button::getCustomId).containsExactly("hb1|4000|-|help");
    }

    @Test
    void messages_silentReply_postsNothing() {
        Reply silent = new Reply("", List.of(), ConversationStatus.ESCALATED, null, null, 1.0, Optional.empty());

        assertThat(writer.messages(silent, OWNER)).isEmpty();
    }

    @Test
    void messages_textLongerThanDiscordAllows_isSplitAtLinesWithButtonsOnTheLast() {
        String line = "a".repeat(99);
        String text = String.join("\n", java.util.Collections.nCopies(50, line));

        List<MessageCreateData> messages = writer.messages(reply(text, new Choice("help", "Help")), OWNER);

        assertThat(messages).hasSize(3).allSatisfy(m -> assertThat(m.getContent()).hasSizeLessThanOrEqualTo(Message.MAX_CONTENT_LENGTH));
        assertThat(messages.get(0).getComponents()).isEmpty();
        assertThat(buttonsOf(messages.get(2))).hasSize(1);
    }

    @Test
    void handoff_withSupportRole_pingsExactlyThatRole() {
        Handoff handoff = new Handoff(Handoff.Reason.REQUESTED, "**Help needed**\n“" + Markup.quote("@here my <@123> phone") + "”");

        List<MessageCreateData> notes = writer.handoff(handoff, true, null, null);

        assertThat(notes).hasSize(1);
        MessageCreateData note = notes.get(0);
        assertThat(note.getContent()).startsWith("<@&5000> **Help needed**").doesNotContain("@here", "<@123>");
        DataObject allowed = note.toData().getObject("allowed_mentions");
        assertThat(allowed.getArray("parse").isEmpty()).isTrue();
        assertThat(allowed.getArray("roles").toList()).containsExactly(SUPPORT_ROLE);
        assertThat(allowed.hasKey("users")).isFalse();
    }

    @Test
    void handoff_withoutSupportRoleOrOutsideGuild_pingsNobody() {
        Handoff handoff = new Handoff(Handoff.Reason.ALL_FIXES_FAILED, "Summary");

        MessageCreateData noRole = new DiscordReplyWriter(
            new DiscordSettings("test-token-not-real", null, null, null, null, null, 0, null, null, null),
            ChannelTexts.from(TestBots.content())).handoff(handoff, true, null, null).get(0);
        MessageCreateData inDm = writer.handoff(handoff, false, null, null).get(0);

        for (MessageCreateData note : List.of(noRole, inDm)) {
            assertThat(note.getContent()).isEqualTo("Summary");
            assertThat(note.getMentionedRoles()).isEmpty();
            assertThat(note.getAllowedMentions()).isEmpty();
        }
    }

    @Test
    void regression_buttonLabelCutAtAnEmoji_keepsTheEmojiWhole() {
        String label = "x".repeat(78) + "\uD83D\uDCF1 more";

        String shown = buttonsOf(writer.messages(reply("Pick one", new Choice("help", label)), OWNER).get(0)).get(0).getLabel();

        assertThat(shown).hasSizeLessThanOrEqualTo(DiscordReplyWriter.BUTTONS.maxLabelLength()).isEqualTo("x".repeat(78) + "…");
    }

    @Test
    void handoff_withAHeader_putsItAfterThePingAndBeforeTheSummary() {
        Handoff handoff = new Handoff(Handoff.Reason.REQUESTED, "Summary");

        assertThat(writer.handoff(handoff, true, "Conversation with <@4000> in <#6000>", null).get(0).getContent())
                .isEqualTo("<@&5000> Conversation with <@4000> in <#6000>\nSummary");
    }

    private static Reply reply(String text, Choice... choices) {
        return new Reply(text, List.of(choices), ConversationStatus.FIX, 2, null, 1.0, Optional.empty());
    }

    private static List<Button> buttonsOf(MessageCreateData message) {
        List<Button> buttons = new ArrayList<>();
        message.getComponents().forEach(component -> buttons.addAll(component.asActionRow().getButtons()));
        return buttons;
    }
}
