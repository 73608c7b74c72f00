package dev.helpbot.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.model.Message;
import com.slack.api.model.block.LayoutBlock;
import dev.helpbot.core.Handoff;
import dev.helpbot.core.Reply;
import dev.helpbot.core.channel.ChannelTexts;
import dev.helpbot.core.channel.MarkupRenderer;
import dev.helpbot.core.channel.Outbox;
import dev.helpbot.core.channel.PlaceUnavailable;
import dev.helpbot.core.channel.RetryAfter;
import dev.helpbot.core.channel.StaffDesk;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The few Web API calls the adapter makes, each failing loudly with Slack's error code and each repeated after the
 * wait Slack asks for when it rate-limits ({@link RetryAfter}); and, on them, the kit's outbox and, with
 * {@code slack.handoff_channel_id} set, its staff desk. Calls run on a person's lane, so a wait delays only them.
 */
class SlackPoster implements Outbox<SlackPlace>, StaffDesk<SlackPlace> {

    private static final Logger LOG = LoggerFactory.getLogger(SlackPoster.class);
    /** Slack's answers for a channel the bot may not post in. */
    private static final Set<String> CANNOT_POST = Set.of("not_in_channel", "channel_not_found", "is_archived");

    private final MethodsClient client;
    private final RetryAfter retry;
    private final SlackReplyWriter writer;
    private final ChannelTexts texts;
    private final String handoffChannelId;

    /** @param handoffChannelId the staff channel, or null to post summaries in the conversation */
    SlackPoster(MethodsClient client, RetryAfter retry, SlackReplyWriter writer, ChannelTexts texts,
                String handoffChannelId) {
        this.client = client;
        this.retry = retry;
        this.writer = writer;
        this.texts = texts;
        this.handoffChannelId = handoffChannelId;
    }

    /** How long a refusal asks to wait: HTTP 429, or {@code ok: false, error: ratelimited}, with their Retry-After. */
    static Optional<Duration> retryAfter(Exception failure) {
        if (failure instanceof SlackApiException e && e.getResponse() != null && e.getResponse().code() == 429) {
            return Optional.of(RetryAfter.parse(e.getResponse().header("Retry-After")));
        }
        return failure instanceof SlackCallFailed e && e.rateLimited() ? Optional.of(RetryAfter.parse(e.retryAfterHeader))
                : Optional.empty();
    }

    @Override
    public void post(SlackPlace place, Reply reply, String ownerId) throws Exception {
        if (place.respond() != null && place.threadTs() == null && !reply.isSilent()) {
            place.respond().send(SlackText.mrkdwn(reply.text()));
        } else if (!reply.isSilent()) {
            post(place, writer.write(reply, place, ownerId));
        }
    }

    @Override
    public void notice(SlackPlace place, String personId, String markup) throws Exception {
        if (place.respond() != null) {
            place.respond().send(SlackText.mrkdwn(markup));
            return;
        }
        retry.call("chat.postEphemeral", () -> check(client.chatPostEphemeral(r -> r.channel(place.channelId())
                .threadTs(place.threadTs()).user(personId).text(SlackText.mrkdwn(markup)))));
    }

    @Override
    public void postHandoff(SlackPlace place, Handoff handoff) throws Exception {
        post(place, writer.handoff(handoff, null));
    }

    /**
     * In the staff channel, with a permalink to the thread. The person is named by id, not mentioned: a mention would
     * notify them in the staff channel, and the thread's first message already mentions them.
     */
    @Override
    public void post(Handoff handoff, SlackPlace conversation, String ownerId) throws Exception {
        Map<String, String> fragments = Map.of("person", SlackText.escape(ownerId), "place", "<#" + conversation.channelId()
                + ">" + link(conversation));
        String header = SlackText.RENDERER.render(conversation.isDirectMessage() ? texts.handoffFromDirectMessage()
                : texts.handoffFrom(), fragments);
        post(new SlackPlace(conversation.workspace(), handoffChannelId, null), writer.handoff(handoff, header));
    }

    /** A link to the thread, when Slack gives one safe to put in a link; without one the channel alone is named. */
    private String link(SlackPlace conversation) {
        try {
            String permalink = conversation.threadTs() == null ? null : retry.call("chat.getPermalink", () -> check(
                    client.chatGetPermalink(r -> r.channel(conversation.channelId()).messageTs(conversation.threadTs()))))
                    .getPermalink();
            return MarkupRenderer.isSafeUrl(permalink) ? " (" + new SlackText().link(permalink, texts.handoffOpenLabel()) + ")" : "";
        } catch (Exception e) {
            LOG.debug("No permalink for a hand-over, naming the channel alone: {}", e.toString());
            return "";
        }
    }

    /** Posts in the thread (or at the top level) and returns the new message's ts. */
    String post(SlackPlace where, SlackMessage message) throws Exception {
        try {
            return retry.call("chat.postMessage", () -> check(client.chatPostMessage(r -> r.channel(where.channelId())
                    .threadTs(where.threadTs()).text(message.text()).blocks(message.blocks().isEmpty() ? null
                            : message.blocks()).metadata(message.metadata()).linkNames(false).unfurlLinks(false)
                    .unfurlMedia(false)))).getTs();
        } catch (SlackCallFailed e) {
            if (CANNOT_POST.contains(e.error)) {
                throw new PlaceUnavailable(e.getMessage(), e);
            }
            throw e;
        }
    }

    /** Whether the user is in the user group; needs the usergroups:read scope. */
    boolean isInUserGroup(String userGroupId, String userId) throws Exception {
        return retry.call("usergroups.users.list", () -> check(client.usergroupsUsersList(r -> r.usergroup(userGroupId))))
                .getUsers().contains(userId);
    }

    void update(String channelId, String ts, String text, List<LayoutBlock> blocks) throws Exception {
        retry.call("chat.update", () -> check(client.chatUpdate(r -> r.channel(channelId).ts(ts).text(text).blocks(blocks))));
    }

    /**
     * The parent message of the thread at {@code place}, with its metadata, or empty if Slack has no such message.
     * Needs channels:history, groups:history or im:history for the kind of channel.
     */
    Optional<Message> threadParent(SlackPlace place) throws Exception {
        List<Message> messages = retry.call("conversations.replies", () -> check(client.conversationsReplies(r -> r
                .channel(place.channelId()).ts(place.threadTs()).limit(1).includeAllMetadata(true)))).getMessages();
        // Only the message whose ts is the thread's is its parent; anything else Slack returns is not.
        return messages == null ? Optional.empty() : messages.stream().filter(m -> place.threadTs().equals(m.getTs())).findFirst();
    }

    private static <T extends SlackApiTextResponse> T check(T response) throws SlackCallFailed {
        if (!response.isOk()) {
            List<String> retryAfter = response.getHttpResponseHeaders() == null ? null
                    : response.getHttpResponseHeaders().get("retry-after");
            throw new SlackCallFailed(response.getError(), retryAfter == null || retryAfter.isEmpty() ? null : retryAfter.get(0));
        }
        return response;
    }

    /** A Web API call answered {@code ok: false}, with Slack's error code and its Retry-After, if any. */
    static final class SlackCallFailed extends IOException {
        final String error;
        final String retryAfterHeader;

        SlackCallFailed(String error, String retryAfterHeader) {
            super("Slack answered " + error);
            this.error = error;
            this.retryAfterHeader = retryAfterHeader;
        }

        boolean rateLimited() {
            return "ratelimited".equals(error);
        }
    }
}
