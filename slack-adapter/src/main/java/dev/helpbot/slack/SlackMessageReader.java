package dev.helpbot.slack;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.model.event.MessageEvent;
import dev.helpbot.core.ConversationKey;
import dev.helpbot.core.IncomingMessage;
import dev.helpbot.core.channel.ChoiceToken;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Slack inputs as core messages. A conversation is keyed by team, {@code channel:thread_ts} and the person being
 * helped. Events that are not someone talking to the bot (bot posts, channel chatter outside a thread, a message
 * that also raised an app_mention) have no place.
 */
final class SlackMessageReader {

    static final String PLATFORM = "slack";

    private final String commandName;

    /** @param commandName the slash command, e.g. {@code /backup-help} */
    SlackMessageReader(String commandName) {
        this.commandName = commandName.startsWith("/") ? commandName.substring(1) : commandName;
    }

    /** The team, else the enterprise, else {@code -}: the workspace part of keys and lanes. */
    static String workspace(String teamId, String enterpriseId) {
        return teamId != null && !teamId.isBlank() ? teamId : enterpriseId != null && !enterpriseId.isBlank() ? enterpriseId : "-";
    }

    /** True for {@code /backup-help stats}: answered privately where it was typed, never in a thread. */
    static boolean asksForStats(SlashCommandPayload payload) {
        return payload.getText() != null && payload.getText().strip().equalsIgnoreCase("stats");
    }

    /** A slash command, in the conversation at {@code place}: the thread the bot started for it, or where it was typed. */
    IncomingMessage command(SlashCommandPayload payload, SlackPlace place, boolean fromAdmin) {
        return IncomingMessage.command(key(place, payload.getUserId()),
                new IncomingMessage.Command(commandName, payload.getText(), fromAdmin));
    }

    /** A press of one of our buttons: the conversation is the token's owner's, whoever pressed. */
    static IncomingMessage choice(SlackPlace place, ChoiceToken token) {
        return IncomingMessage.choice(key(place, token.ownerId()), token.choiceId());
    }

    /**
     * Where a plain message talks to the bot: a DM with it, or a reply in a channel thread. Top-level channel messages
     * are not for us, and a message that mentions the bot is answered through its app_mention event instead.
     */
    static Optional<SlackPlace> placeOf(MessageEvent event, String workspace, String botUserId) {
        if (event.getBotId() != null || event.getUser() == null || event.getText() == null || event.getChannel() == null
                || event.getUser().equals(botUserId)) {
            return Optional.empty();
        }
        boolean direct = "im".equals(event.getChannelType());
        if (!direct && (event.getThreadTs() == null || mentions(event.getText(), botUserId))) {
            return Optional.empty();
        }
        return Optional.of(new SlackPlace(workspace, event.getChannel(), event.getThreadTs()));
    }

    /** What someone typed, without the bot's mention; a bare mention starts like the slash command. */
    IncomingMessage text(SlackPlace place, String userId, String text, String botUserId) {
        String typed = text == null ? "" : botUserId == null ? text.strip()
                : text.replaceAll("<@" + Pattern.quote(botUserId) + "(\\|[^>]*)?>", " ").strip();
        return typed.isEmpty() && mentions(text == null ? "" : text, botUserId)
                ? IncomingMessage.command(key(place, userId), new IncomingMessage.Command(commandName, ""))
                : IncomingMessage.text(key(place, userId), typed);
    }

    private static boolean mentions(String text, String botUserId) {
        return botUserId != null && (text.contains("<@" + botUserId + ">") || text.contains("<@" + botUserId + "|"));
    }

    static ConversationKey key(SlackPlace place, String userId) {
        return new ConversationKey(PLATFORM, place.workspace(), place.conversationId(), userId);
    }
}
