package dev.helpbot.slack;

import com.slack.api.model.Message;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one-line message the bot posts for {@code /backup-help}, whose thread then holds the conversation.
 * It carries its owner twice: in Slack message metadata, which nobody can edit but the app, and as the
 * {@code <@user>} at the start of its text. So after a restart the owner can be read back from Slack.
 */
final class HelpThreadParent {

    /** The metadata event type; Slack wants it lower case with underscores. */
    static final String EVENT_TYPE = "helpbot_conversation";
    static final String OWNER_FIELD = "owner";

    private static final Pattern USER_ID = Pattern.compile("[UW][A-Z0-9]{2,20}");
    private static final String ABOUT = " getting help with an iPhone that stopped backing up to iCloud. Follow along in this thread.";
    /** The text as {@link #message} writes it in a channel: parents posted before metadata was added have only this. */
    private static final Pattern OWNER_IN_TEXT = Pattern.compile("^<@(" + USER_ID.pattern() + ")> is" + Pattern.quote(ABOUT) + "$");

    private HelpThreadParent() {
    }

    static SlackMessage message(SlackThread channel, String ownerUserId) {
        boolean named = !channel.isDirectMessage() && USER_ID.matcher(ownerUserId).matches();
        String text = (named ? "<@" + ownerUserId + "> is" : "You're") + ABOUT;
        return new SlackMessage(text, List.of(), new Message.Metadata(EVENT_TYPE, Map.of(OWNER_FIELD, ownerUserId)));
    }

    /**
     * Who the thread under {@code parent} belongs to, if the bot posted it as a help thread's parent. A
     * message from anyone else, even one that looks the same, gives empty: only the bot's own posts count.
     */
    static Optional<String> ownerOf(Message parent, String botUserId, String botId) {
        if (!postedByTheBot(parent, botUserId, botId)) {
            return Optional.empty();
        }
        Optional<String> fromMetadata = ownerInMetadata(parent.getMetadata());
        if (fromMetadata.isPresent()) {
            return fromMetadata;
        }
        Matcher text = OWNER_IN_TEXT.matcher(parent.getText() == null ? "" : parent.getText());
        return text.matches() ? Optional.of(text.group(1)) : Optional.empty();
    }

    private static boolean postedByTheBot(Message parent, String botUserId, String botId) {
        return botUserId != null && botUserId.equals(parent.getUser())
                || botId != null && botId.equals(parent.getBotId());
    }

    private static Optional<String> ownerInMetadata(Message.Metadata metadata) {
        if (metadata == null || !EVENT_TYPE.equals(metadata.getEventType()) || metadata.getEventPayload() == null) {
            return Optional.empty();
        }
        Object owner = metadata.getEventPayload().get(OWNER_FIELD);
        return owner instanceof String id && USER_ID.matcher(id).matches() ? Optional.of(id) : Optional.empty();
    }
}
