package dev.helpbot.slack;

import com.slack.api.model.Message;
import com.slack.api.model.block.LayoutBlock;
import java.util.List;

/**
 * A message ready for {@code chat.postMessage}: Block Kit blocks, the mrkdwn fallback text Slack shows in
 * notifications and to clients that cannot draw blocks, and optional message metadata (null for none).
 */
record SlackMessage(String text, List<LayoutBlock> blocks, Message.Metadata metadata) {

    SlackMessage {
        blocks = List.copyOf(blocks);
    }

    SlackMessage(String text, List<LayoutBlock> blocks) {
        this(text, blocks, null);
    }
}
