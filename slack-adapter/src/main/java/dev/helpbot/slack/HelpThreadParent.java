package dev.helpbot.slack;

import com.slack.api.model.Message;
import dev.helpbot.core.channel.ChannelTexts;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one-line message the bot posts for {@code /backup-help}, whose thread then holds the conversation.
 * It carries its owner twice: in Slack message metadata, which nobody can edit but the app, and as the
 * {@code <@user>} it starts with. So after a restart the owner can be read back from Slack.
 */
final class HelpThreadParent {

    /** The metadata event type; Slack wants it lower case with underscores. */
    static final String EVENT_TYPE = "helpbot_conversation";
    static final String OWNER_FIELD = "owner";

    private static final Pattern USER_ID = Pattern.compile("[UW][A-Z0-9]{2,20}");
    /** Parents posted before the metadata was added have only their text, which starts with the owner's mention. */
    private static final Pattern OWNER_IN_TEXT = Pattern.compile("^<@(" + USER_ID.pattern() + ")>");

    private HelpThreadParent() {
    }

    static SlackMessage message(ChannelTexts texts, String ownerUserId) {
        String person = USER_ID.matcher(ownerUserId).matches() ? "<@" + ownerUserId + ">" : SlackText.escape(ownerUserId);
        return new SlackMessage(SlackText.RENDERER.render(texts.threadStarter(), Map.of("person", person)), List.of(),
                new Message.Metadata(EVENT_TYPE, Map.of(OWNER_FIELD, ownerUserId)));
    }

    /**
     * Who the thread under {@code parent} belongs to, if the bot posted it as a help thread's parent. A
     * message from anyone else, even one that looks the same, gives empty: only the bot's own posts count.
     */
    static Optional<String> ownerOf(Message parent, String botUserId, String botId) {
        boolean postedByTheBot = botUserId != null && botUserId.equals(parent.getUser())
                || botId != null && botId.equals(parent.getBotId());
        if (!postedByTheBot) {
            return Optional.empty();
        }
        Message.Metadata metadata = parent.getMetadata();
        if (metadata != null && EVENT_TYPE.equals(metadata.getEventType()) && metadata.getEventPayload() != null) {
            Object owner = metadata.getEventPayload().get(OWNER_FIELD);
            return owner instanceof String id && USER_ID.matcher(id).matches() ? Optional.of(id) : Optional.empty();
        }
        Matcher text = OWNER_IN_TEXT.matcher(parent.getText() == null ? "" : parent.getText());
        return text.find() ? Optional.of(text.group(1)) : Optional.empty();
    }
}
