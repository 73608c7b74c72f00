package dev.helpbot.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.model.Message;
import com.slack.api.model.block.LayoutBlock;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The few Web API calls the adapter makes, each failing loudly with Slack's error code, and each repeated
 * after the wait Slack asks for when it rate-limits (see {@link RateLimitRetry}).
 */
class SlackPoster {

    private final MethodsClient client;
    private final RateLimitRetry retry;

    SlackPoster(MethodsClient client) {
        this(client, RateLimitRetry.withThreadSleep());
    }

    SlackPoster(MethodsClient client, RateLimitRetry retry) {
        this.client = client;
        this.retry = retry;
    }

    /** Posts in the thread (or at the top level) and returns the new message's ts. */
    String post(SlackThread where, SlackMessage message) throws IOException, SlackApiException {
        ChatPostMessageResponse response = retry.call("chat.postMessage", () -> check("chat.postMessage",
                client.chatPostMessage(r -> r
                        .channel(where.channelId())
                        .threadTs(where.threadTs())
                        .text(message.text())
                        .blocks(message.blocks().isEmpty() ? null : message.blocks())
                        .metadata(message.metadata())
                        .linkNames(false)
                        .unfurlLinks(false)
                        .unfurlMedia(false))));
        return response.getTs();
    }

    /** A message only {@code userId} sees; used to refuse clicks on someone else's conversation. */
    void postEphemeral(SlackThread where, String userId, String text) throws IOException, SlackApiException {
        retry.call("chat.postEphemeral", () -> check("chat.postEphemeral", client.chatPostEphemeral(r -> r
                .channel(where.channelId())
                .threadTs(where.threadTs())
                .user(userId)
                .text(text))));
    }

    /** Whether the user is in the user group; needs the usergroups:read scope. */
    boolean isInUserGroup(String userGroupId, String userId) throws IOException, SlackApiException {
        return retry.call("usergroups.users.list", () -> check("usergroups.users.list",
                client.usergroupsUsersList(r -> r.usergroup(userGroupId)))).getUsers().contains(userId);
    }

    void update(String channelId, String ts, String text, List<LayoutBlock> blocks) throws IOException, SlackApiException {
        retry.call("chat.update", () -> check("chat.update",
                client.chatUpdate(r -> r.channel(channelId).ts(ts).text(text).blocks(blocks))));
    }

    /**
     * The parent message of the thread at {@code threadTs}, with its metadata, or empty if Slack has no such
     * message. Needs channels:history, groups:history or im:history for the kind of channel.
     */
    Optional<Message> threadParent(String channelId, String threadTs) throws IOException, SlackApiException {
        List<Message> messages = retry.call("conversations.replies", () -> check("conversations.replies",
                client.conversationsReplies(r -> r
                        .channel(channelId)
                        .ts(threadTs)
                        .limit(1)
                        .includeAllMetadata(true)))).getMessages();
        // Only the message whose ts is the thread's is its parent; anything else Slack returns is not.
        return messages == null ? Optional.empty()
                : messages.stream().filter(m -> threadTs.equals(m.getTs())).findFirst();
    }

    /** A link to a message that anyone who can see its channel can open; needs no scope. */
    String permalink(String channelId, String messageTs) throws IOException, SlackApiException {
        return retry.call("chat.getPermalink", () -> check("chat.getPermalink",
                client.chatGetPermalink(r -> r.channel(channelId).messageTs(messageTs)))).getPermalink();
    }

    private static <T extends SlackApiTextResponse> T check(String method, T response) throws SlackCallFailed {
        if (!response.isOk()) {
            throw new SlackCallFailed(method, response.getError(), retryAfter(response));
        }
        return response;
    }

    private static String retryAfter(SlackApiTextResponse response) {
        Map<String, List<String>> headers = response.getHttpResponseHeaders();
        List<String> values = headers == null ? null : headers.get("retry-after");
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** A Web API call answered {@code ok: false}. */
    static final class SlackCallFailed extends IOException {
        private final String error;
        private final String retryAfterHeader;

        SlackCallFailed(String method, String error) {
            this(method, error, null);
        }

        SlackCallFailed(String method, String error, String retryAfterHeader) {
            super(method + " failed: " + error);
            this.error = error;
            this.retryAfterHeader = retryAfterHeader;
        }

        String error() {
            return error;
        }

        /** Slack's Retry-After on a {@code ratelimited} answer, or null. */
        String retryAfterHeader() {
            return retryAfterHeader;
        }
    }
}
