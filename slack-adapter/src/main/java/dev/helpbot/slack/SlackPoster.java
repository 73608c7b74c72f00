package dev.helpbot.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.model.block.LayoutBlock;
import java.io.IOException;
import java.util.List;

/** The few Web API calls the adapter makes, each failing loudly with Slack's error code. */
class SlackPoster {

    private final MethodsClient client;

    SlackPoster(MethodsClient client) {
        this.client = client;
    }

    /** Posts in the thread (or at the top level) and returns the new message's ts. */
    String post(SlackThread where, SlackMessage message) throws IOException, SlackApiException {
        ChatPostMessageResponse response = client.chatPostMessage(r -> r
                .channel(where.channelId())
                .threadTs(where.threadTs())
                .text(message.text())
                .blocks(message.blocks().isEmpty() ? null : message.blocks())
                .linkNames(false)
                .unfurlLinks(false)
                .unfurlMedia(false));
        return check("chat.postMessage", response).getTs();
    }

    /** A message only {@code userId} sees; used to refuse clicks on someone else's conversation. */
    void postEphemeral(SlackThread where, String userId, String text) throws IOException, SlackApiException {
        check("chat.postEphemeral", client.chatPostEphemeral(r -> r
                .channel(where.channelId())
                .threadTs(where.threadTs())
                .user(userId)
                .text(text)));
    }

    /** Whether the user is in the user group; needs the usergroups:read scope. */
    boolean isInUserGroup(String userGroupId, String userId) throws IOException, SlackApiException {
        return check("usergroups.users.list", client.usergroupsUsersList(r -> r.usergroup(userGroupId)))
                .getUsers().contains(userId);
    }

    void update(String channelId, String ts, String text, List<LayoutBlock> blocks) throws IOException, SlackApiException {
        check("chat.update", client.chatUpdate(r -> r.channel(channelId).ts(ts).text(text).blocks(blocks)));
    }

    private static <T extends SlackApiTextResponse> T check(String method, T response) throws SlackCallFailed {
        if (!response.isOk()) {
            throw new SlackCallFailed(method, response.getError());
        }
        return response;
    }

    /** A Web API call answered {@code ok: false}. */
    static final class SlackCallFailed extends IOException {
        private final String error;

        SlackCallFailed(String method, String error) {
            super(method + " failed: " + error);
            this.error = error;
        }

        String error() {
            return error;
        }
    }
}
