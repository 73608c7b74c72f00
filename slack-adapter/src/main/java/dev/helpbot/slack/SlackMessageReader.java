package dev.helpbot.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;
import dev.helpbot.core.ConversationKey;
import dev.helpbot.core.IncomingMessage;
import java.util.Optional;

/**
 * Slack inputs as core messages. A conversation is keyed by team, {@code channel:thread_ts} and the person
 * being helped. Inputs that are not someone talking to the bot (bot posts, channel chatter outside a
 * thread, a message that also raised an app_mention) read as empty.
 */
final class SlackMessageReader {

    static final String PLATFORM = "slack";

    private final String commandName;

    /** @param commandName the slash command, e.g. {@code /backup-help} */
    SlackMessageReader(String commandName) {
        this.commandName = commandName.startsWith("/") ? commandName.substring(1) : commandName;
    }

    /** A slash command, whose conversation lives in the thread the bot just started for it. */
    SlackTurn command(SlashCommandPayload payload, SlackThread thread) {
        ConversationKey key = key(payload.getTeamId(), payload.getEnterpriseId(), thread, payload.getUserId());
        IncomingMessage message = IncomingMessage.command(key, new IncomingMessage.Command(commandName, payload.getText()));
        return new SlackTurn(message, thread, payload.getUserId());
    }

    /** True for {@code /backup-help stats}: answered privately where it was typed, never in a thread. */
    static boolean asksForStats(SlashCommandPayload payload) {
        return payload.getText() != null && payload.getText().strip().equalsIgnoreCase("stats");
    }

    /** {@code /backup-help stats}, from someone the caller has checked for team membership. */
    IncomingMessage stats(SlashCommandPayload payload, boolean fromAdmin) {
        ConversationKey key = key(payload.getTeamId(), payload.getEnterpriseId(),
                new SlackThread(payload.getChannelId(), null), payload.getUserId());
        return IncomingMessage.command(key, new IncomingMessage.Command(commandName, "stats", fromAdmin));
    }

    /** A click on one of our buttons; the conversation is the button's owner's, whoever clicked. */
    Optional<SlackTurn> choice(BlockActionPayload payload) {
        if (payload.getActions() == null || payload.getActions().size() != 1 || payload.getUser() == null
                || payload.getContainer() == null || payload.getContainer().getChannelId() == null) {
            return Optional.empty();
        }
        return ChoiceValue.decode(payload.getActions().get(0).getValue()).map(value -> {
            SlackThread thread = new SlackThread(payload.getContainer().getChannelId(), value.threadPart());
            String team = payload.getTeam() == null ? null : payload.getTeam().getId();
            String enterprise = payload.getEnterprise() == null ? null : payload.getEnterprise().getId();
            ConversationKey key = key(team, enterprise, thread, value.ownerUserId());
            return new SlackTurn(IncomingMessage.choice(key, value.choiceId()), thread, payload.getUser().getId());
        });
    }

    /**
     * A plain message: in a DM with the bot, or a reply in a channel thread. Top-level channel messages are
     * not for us, and a message that mentions the bot is answered through its app_mention event instead.
     */
    Optional<SlackTurn> message(MessageEvent event, String teamId, String botUserId) {
        if (event.getBotId() != null || event.getUser() == null || event.getText() == null
                || event.getChannel() == null || event.getUser().equals(botUserId)) {
            return Optional.empty();
        }
        boolean direct = "im".equals(event.getChannelType());
        if (!direct && (event.getThreadTs() == null || mentions(event.getText(), botUserId))) {
            return Optional.empty();
        }
        SlackThread thread = new SlackThread(event.getChannel(), event.getThreadTs());
        ConversationKey key = key(teamId, null, thread, event.getUser());
        return Optional.of(new SlackTurn(IncomingMessage.text(key, event.getText()), thread, event.getUser()));
    }

    /** An @mention: it continues the thread it was written in, or starts one under itself. */
    Optional<SlackTurn> mention(AppMentionEvent event, String teamId, String botUserId) {
        if (event.getBotId() != null || event.getUser() == null || event.getChannel() == null || event.getTs() == null) {
            return Optional.empty();
        }
        String threadTs = event.getThreadTs() != null ? event.getThreadTs() : event.getTs();
        SlackThread thread = new SlackThread(event.getChannel(), threadTs);
        ConversationKey key = key(teamId, null, thread, event.getUser());
        String text = withoutMention(event.getText() == null ? "" : event.getText(), botUserId);
        IncomingMessage message = text.isEmpty()
                ? IncomingMessage.command(key, new IncomingMessage.Command(commandName, ""))
                : IncomingMessage.text(key, text);
        return Optional.of(new SlackTurn(message, thread, event.getUser()));
    }

    private static boolean mentions(String text, String botUserId) {
        return botUserId != null && (text.contains("<@" + botUserId + ">") || text.contains("<@" + botUserId + "|"));
    }

    private static String withoutMention(String text, String botUserId) {
        if (botUserId == null) {
            return text.strip();
        }
        return text.replaceAll("<@" + java.util.regex.Pattern.quote(botUserId) + "(\\|[^>]*)?>", " ").strip();
    }

    private static ConversationKey key(String teamId, String enterpriseId, SlackThread thread, String userId) {
        String workspace = teamId != null && !teamId.isBlank() ? teamId
                : enterpriseId != null && !enterpriseId.isBlank() ? enterpriseId : "-";
        return new ConversationKey(PLATFORM, workspace, thread.conversationId(), userId);
    }
}
