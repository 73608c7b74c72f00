package dev.helpbot.slack;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import dev.helpbot.core.Choice;
import dev.helpbot.core.Handoff;
import dev.helpbot.core.Markup;
import dev.helpbot.core.Reply;
import dev.helpbot.core.channel.ChoiceButtons;
import dev.helpbot.core.channel.ChoiceToken;
import dev.helpbot.core.channel.PlatformText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Core replies as Block Kit: the text in mrkdwn sections, each choice a button with a stable action id
 * ({@value #ACTION_ID_PREFIX}n) whose value is the kit's choice token, naming the conversation's owner and thread.
 */
final class SlackReplyWriter {

    static final String ACTION_ID_PREFIX = "hb_choice_";
    static final String ACTION_ID_PATTERN = "^" + ACTION_ID_PREFIX + "\\d+$";

    /** Slack's limits: 25 elements an actions block, 2,000 characters of value, 75 of button text. */
    private static final ChoiceButtons.Limits BUTTONS = new ChoiceButtons.Limits(25, 100, 2000, 75);
    /** Slack's limit for a section's text; the fallback text is kept as short, for notifications. */
    private static final int SECTION_LIMIT = 3000;

    private final Optional<String> supportUserGroupId;

    SlackReplyWriter(Optional<String> supportUserGroupId) {
        this.supportUserGroupId = supportUserGroupId;
    }

    /** The reply for {@code ownerUserId}'s conversation in {@code place}. */
    SlackMessage write(Reply reply, SlackPlace place, String ownerUserId) {
        List<LayoutBlock> blocks = new ArrayList<>(sections(SlackText.mrkdwn(reply.text())));
        int index = 0;
        for (List<ChoiceButtons.Button> row : ChoiceButtons.rows(reply.choices(),
                choice -> new ChoiceToken(ownerUserId, place.threadPart(), choice.id()), BUTTONS)) {
            List<BlockElement> buttons = new ArrayList<>();
            for (ChoiceButtons.Button button : row) {
                buttons.add(ButtonElement.builder().actionId(ACTION_ID_PREFIX + index++).value(button.token())
                        .text(PlainTextObject.builder().text(button.label()).emoji(true).build()).build());
            }
            blocks.add(ActionsBlock.builder().blockId("hb_choices_" + blocks.size()).elements(buttons).build());
        }
        String plain = Markup.toPlainText(reply.text());
        String fallback = plain.isBlank() ? String.join(" · ", reply.choices().stream().map(Choice::label).toList()) : plain;
        return new SlackMessage(PlatformText.truncate(SlackText.escape(fallback), SECTION_LIMIT), blocks);
    }

    /**
     * The summary for the support team, pinging the configured user group and nobody else; {@code mrkdwnHeader}
     * (or null) is a first line the adapter wrote in mrkdwn, such as a link to the conversation.
     */
    SlackMessage handoff(Handoff handoff, String mrkdwnHeader) {
        // The summary already says why (asked for a person, or every fix failed); we only add the ping.
        String ping = supportUserGroupId.map(id -> SlackText.userGroupMention(id) + " ").orElse("");
        String text = ping + (mrkdwnHeader == null ? "" : mrkdwnHeader + "\n") + SlackText.mrkdwn(handoff.summary());
        return new SlackMessage(PlatformText.truncate(text, SECTION_LIMIT), sections(text));
    }

    /** The pressed message with its buttons replaced by what was chosen, so old buttons cannot be pressed again. */
    static List<LayoutBlock> withChoiceMade(List<LayoutBlock> original, String choiceMadeMrkdwn) {
        List<LayoutBlock> blocks = new ArrayList<>(original.stream().filter(b -> !(b instanceof ActionsBlock)).toList());
        blocks.add(ContextBlock.builder().elements(List.of(mrkdwn(choiceMadeMrkdwn))).build());
        return blocks;
    }

    /** Split at line ends, so that a section never cuts a link or a bold run in half unless a line is too long. */
    private static List<LayoutBlock> sections(String mrkdwn) {
        return PlatformText.split(mrkdwn, SECTION_LIMIT).stream()
                .<LayoutBlock>map(chunk -> SectionBlock.builder().text(mrkdwn(chunk)).build()).toList();
    }

    // verbatim: Slack must not auto-link names or parse mentions in text we already escaped.
    private static MarkdownTextObject mrkdwn(String text) {
        return MarkdownTextObject.builder().text(text).verbatim(true).build();
    }
}
