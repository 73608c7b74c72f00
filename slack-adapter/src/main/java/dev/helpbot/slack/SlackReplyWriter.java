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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Core replies as Block Kit: the text in mrkdwn sections, each choice a button with a stable action id
 * ({@value #ACTION_ID_PREFIX}n) whose value names the conversation's owner and thread.
 */
final class SlackReplyWriter {

    static final String ACTION_ID_PREFIX = "hb_choice_";
    static final String ACTION_ID_PATTERN = "^" + ACTION_ID_PREFIX + "\\d+$";

    // Slack's limits: section text 3000, button text 75, actions block 25 elements, fallback text 40000.
    private static final int SECTION_LIMIT = 3000;
    private static final int BUTTON_LABEL_LIMIT = 75;
    private static final int BUTTONS_PER_BLOCK = 25;
    private static final int FALLBACK_LIMIT = 3000;

    private final Optional<String> supportUserGroupId;

    SlackReplyWriter(Optional<String> supportUserGroupId) {
        this.supportUserGroupId = supportUserGroupId;
    }

    /** The reply for {@code ownerUserId}'s conversation in {@code thread}. */
    SlackMessage write(Reply reply, SlackThread thread, String ownerUserId) {
        List<LayoutBlock> blocks = new ArrayList<>(sections(SlackText.mrkdwn(reply.text())));
        List<Choice> choices = reply.choices();
        for (int first = 0; first < choices.size(); first += BUTTONS_PER_BLOCK) {
            List<BlockElement> buttons = new ArrayList<>();
            for (int i = first; i < Math.min(choices.size(), first + BUTTONS_PER_BLOCK); i++) {
                Choice choice = choices.get(i);
                String value = new ChoiceValue(ownerUserId, thread.threadPart(), choice.id()).encode();
                buttons.add(ButtonElement.builder()
                        .actionId(ACTION_ID_PREFIX + i)
                        .text(plain(choice.label()))
                        .value(value)
                        .build());
            }
            blocks.add(ActionsBlock.builder().blockId("hb_choices_" + first / BUTTONS_PER_BLOCK).elements(buttons).build());
        }
        return new SlackMessage(fallback(reply), blocks);
    }

    /** The summary for the support team, pinging the configured user group and nobody else. */
    SlackMessage handoff(Handoff handoff) {
        return handoff(handoff, null);
    }

    /**
     * The summary with a first line the adapter wrote in mrkdwn, such as a link to the conversation; the ping
     * goes before it.
     */
    SlackMessage handoff(Handoff handoff, String mrkdwnHeader) {
        // The summary already says why (asked for a person, or every fix failed); we only add the ping.
        String ping = supportUserGroupId.map(id -> SlackText.userGroupMention(id) + " ").orElse("");
        String header = mrkdwnHeader == null ? "" : mrkdwnHeader + "\n";
        String text = ping + header + SlackText.mrkdwn(handoff.summary());
        return new SlackMessage(truncate(text, FALLBACK_LIMIT), sections(text));
    }

    /** The clicked message with its buttons replaced by what was chosen, so old buttons cannot be pressed again. */
    static List<LayoutBlock> withChoiceMade(List<LayoutBlock> original, String chosenLabel) {
        List<LayoutBlock> blocks = new ArrayList<>();
        for (LayoutBlock block : original) {
            if (!(block instanceof ActionsBlock)) {
                blocks.add(block);
            }
        }
        blocks.add(ContextBlock.builder()
                .elements(List.of(mrkdwnObject("You chose: *" + SlackText.escape(chosenLabel.strip()) + "*")))
                .build());
        return blocks;
    }

    private static List<LayoutBlock> sections(String mrkdwn) {
        List<LayoutBlock> blocks = new ArrayList<>();
        for (String chunk : chunks(mrkdwn)) {
            blocks.add(SectionBlock.builder().text(mrkdwnObject(chunk)).build());
        }
        return blocks;
    }

    /** Splits at line ends so that a section never cuts a link or a bold run in half, unless a line is too long. */
    private static List<String> chunks(String mrkdwn) {
        List<String> chunks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : mrkdwn.split("\n", -1)) {
            while (line.length() > SECTION_LIMIT) {
                flush(current, chunks);
                chunks.add(line.substring(0, SECTION_LIMIT));
                line = line.substring(SECTION_LIMIT);
            }
            if (current.length() + line.length() + 1 > SECTION_LIMIT) {
                flush(current, chunks);
            }
            if (!current.isEmpty()) {
                current.append('\n');
            }
            current.append(line);
        }
        flush(current, chunks);
        return chunks;
    }

    private static void flush(StringBuilder current, List<String> chunks) {
        if (!current.toString().isBlank()) {
            chunks.add(current.toString());
        }
        current.setLength(0);
    }

    private static String fallback(Reply reply) {
        String plain = Markup.toPlainText(reply.text());
        if (plain.isBlank()) {
            plain = String.join(" · ", reply.choices().stream().map(Choice::label).toList());
        }
        return truncate(SlackText.escape(plain), FALLBACK_LIMIT);
    }

    // verbatim: Slack must not auto-link names or parse mentions in text we already escaped.
    private static MarkdownTextObject mrkdwnObject(String text) {
        return MarkdownTextObject.builder().text(text).verbatim(true).build();
    }

    private static PlainTextObject plain(String label) {
        return PlainTextObject.builder().text(truncate(label.strip(), BUTTON_LABEL_LIMIT)).emoji(true).build();
    }

    private static String truncate(String text, int limit) {
        return text.length() <= limit ? text : text.substring(0, limit - 1) + "\u2026";
    }
}
