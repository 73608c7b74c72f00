package dev.helpbot.slack;

import com.slack.api.methods.SlackApiException;
import dev.helpbot.core.Handoff;
import java.io.IOException;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a hand-over summary goes. With {@code slack.handoff_channel_id} set, the support team reads every
 * summary in that channel, pinging the support user group, with a permalink to the person's thread; the thread
 * itself only gets the bot's normal escalation reply. Without it, the summary goes in the thread, as before.
 */
final class SlackHandoffDesk {

    private static final Logger log = LoggerFactory.getLogger(SlackHandoffDesk.class);
    /** What a permalink from Slack looks like; anything else is not put inside a mrkdwn link. */
    private static final Pattern SAFE_URL = Pattern.compile("https://[^\\s<>|]+");

    private final SlackPoster poster;
    private final SlackReplyWriter writer;
    private final String handoffChannelId;

    /** @param handoffChannelId the staff channel, or null to post summaries in the conversation */
    SlackHandoffDesk(SlackPoster poster, SlackReplyWriter writer, String handoffChannelId) {
        this.poster = poster;
        this.writer = writer;
        this.handoffChannelId = handoffChannelId;
    }

    void post(Handoff handoff, SlackThread conversation, String ownerUserId) throws IOException, SlackApiException {
        if (handoffChannelId == null) {
            poster.post(conversation, writer.handoff(handoff));
            return;
        }
        try {
            poster.post(new SlackThread(handoffChannelId, null), writer.handoff(handoff, linkBack(conversation, ownerUserId)));
        } catch (SlackPoster.SlackCallFailed e) {
            // Typically not_in_channel: the team must still hear of the hand-over, so it goes where the person is.
            log.warn("Could not post a hand-over in slack.handoff_channel_id {} ({}); posted it in the person's thread"
                    + " instead. Invite the bot to that channel.", handoffChannelId, e.error());
            poster.post(conversation, writer.handoff(handoff));
        }
    }

    /**
     * A permalink to the thread. The person is named by id, not mentioned: a mention would notify them in the
     * staff channel, and the thread's first message already mentions them.
     */
    private String linkBack(SlackThread conversation, String ownerUserId) {
        if (conversation.isDirectMessage() || conversation.threadTs() == null) {
            return "In a direct message with the bot (Slack user " + SlackText.escape(ownerUserId) + ").";
        }
        try {
            String permalink = poster.permalink(conversation.channelId(), conversation.threadTs());
            if (permalink != null && SAFE_URL.matcher(permalink).matches()) {
                return "<" + permalink.replace("&", "&amp;") + "|Open the conversation> in <#" + conversation.channelId() + ">";
            }
        } catch (IOException | SlackApiException e) {
            log.debug("No permalink for a hand-over, naming the channel instead: {}", e.toString());
        }
        return "In a thread in <#" + conversation.channelId() + "> started at " + conversation.threadTs();
    }
}
