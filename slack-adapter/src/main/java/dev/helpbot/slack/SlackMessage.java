package dev.helpbot.slack;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;

/**
 * A message ready for {@code chat.postMessage}: Block Kit blocks, and the mrkdwn fallback text Slack shows
 * in notifications and to clients that cannot draw blocks.
 */
record SlackMessage(String text, List<LayoutBlock> blocks) {

    SlackMessage {
        blocks = List.copyOf(blocks);
    }
}
