package dev.helpbot.discord;

import dev.helpbot.core.Choice;
import dev.helpbot.core.Handoff;
import dev.helpbot.core.Reply;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Converts a core {@link Reply} into Discord messages: markdown text, choices as buttons, and allowed
 * mentions that let nothing ping, except the configured support role on a hand-over.
 */
final class DiscordReplyWriter {

    static final int MAX_BUTTONS_PER_ROW = 5;
    static final int MAX_ROWS = 5;

    private static final Logger LOG = LoggerFactory.getLogger(DiscordReplyWriter.class);
    private static final int MAX_LABEL = 80;

    private final String supportRoleId;

    /** @param supportRoleId the role pinged on hand-over, or {@code null} to ping nobody */
    DiscordReplyWriter(String supportRoleId) {
        this.supportRoleId = supportRoleId;
    }

    /**
     * The messages to post for a reply: usually one; longer text is split at line breaks, and the buttons
     * go under the last part. Empty when the reply is silent.
     */
    List<MessageCreateData> messages(Reply reply, String ownerId) {
        if (reply.isSilent()) {
            return List.of();
        }
        List<String> parts = split(DiscordMarkdown.render(reply.text()));
        List<MessageCreateData> messages = new ArrayList<>(parts.size());
        for (int i = 0; i < parts.size(); i++) {
            MessageCreateBuilder builder = withoutPings(parts.get(i));
            if (i == parts.size() - 1) {
                builder.setComponents(buttons(reply.choices(), ownerId));
            }
            messages.add(builder.build());
        }
        return messages;
    }

    /** The summary for the support team; the first part pings the support role, and nothing else can ping. */
    List<MessageCreateData> handoff(Handoff handoff, boolean canPingRole) {
        return handoff(handoff, canPingRole, null);
    }

    /**
     * The summary with a first line the adapter wrote in Discord markdown, e.g. where the conversation is
     * ({@code <#thread>}); user and channel mentions in it show as names, and allowed mentions keep users unpinged.
     */
    List<MessageCreateData> handoff(Handoff handoff, boolean canPingRole, String discordHeader) {
        boolean ping = canPingRole && supportRoleId != null;
        String header = discordHeader == null ? "" : discordHeader + "\n";
        String text = (ping ? "<@&" + supportRoleId + "> " : "") + header + DiscordMarkdown.render(handoff.summary());
        List<String> parts = split(text);
        List<MessageCreateData> messages = new ArrayList<>(parts.size());
        for (int i = 0; i < parts.size(); i++) {
            MessageCreateBuilder builder = withoutPings(parts.get(i));
            if (ping && i == 0) {
                builder.mentionRoles(supportRoleId);
            }
            messages.add(builder.build());
        }
        return messages;
    }

    /** A short notice written by the adapter itself, markup like the core's. */
    MessageCreateData notice(String markup) {
        return withoutPings(DiscordMarkdown.render(markup)).build();
    }

    /** Choices as buttons, five to a row; the first is the suggested move. */
    List<ActionRow> buttons(List<Choice> choices, String ownerId) {
        List<Button> buttons = new ArrayList<>();
        for (Choice choice : choices) {
            if (buttons.size() == MAX_BUTTONS_PER_ROW * MAX_ROWS) {
                LOG.warn("A reply offered {} choices; Discord shows {} buttons at most, the rest can be typed",
                        choices.size(), MAX_BUTTONS_PER_ROW * MAX_ROWS);
                break;
            }
            Optional<String> customId = ButtonIds.encode(ownerId, choice.id());
            if (customId.isEmpty()) {
                LOG.warn("Choice id '{}' is too long for a Discord button; it can still be typed", choice.id());
                continue;
            }
            String label = truncate(choice.label(), MAX_LABEL);
            buttons.add(buttons.isEmpty() ? Button.primary(customId.get(), label) : Button.secondary(customId.get(), label));
        }
        List<ActionRow> rows = new ArrayList<>();
        for (int from = 0; from < buttons.size(); from += MAX_BUTTONS_PER_ROW) {
            rows.add(ActionRow.of(buttons.subList(from, Math.min(from + MAX_BUTTONS_PER_ROW, buttons.size()))));
        }
        return rows;
    }

    private static MessageCreateBuilder withoutPings(String content) {
        // parse=[] : @everyone, @here, roles and users in the text stay plain text, whatever they look like.
        return new MessageCreateBuilder()
                .setContent(content)
                .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class))
                .mentionRepliedUser(false);
    }

    /** Parts of at most Discord's message length, cut at line breaks where possible. */
    static List<String> split(String text) {
        int max = Message.MAX_CONTENT_LENGTH;
        List<String> parts = new ArrayList<>();
        String rest = text;
        while (rest.length() > max) {
            int cut = rest.lastIndexOf('\n', max);
            if (cut <= 0) {
                cut = max;
                // Never cut an escape from the character it protects.
                while (cut > 1 && rest.charAt(cut - 1) == '\\') {
                    cut--;
                }
            }
            parts.add(rest.substring(0, cut));
            rest = rest.substring(cut).stripLeading();
        }
        parts.add(rest);
        return parts;
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
