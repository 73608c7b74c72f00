package dev.helpbot.core.channel;

import dev.helpbot.core.HandoffEvent;
import java.util.Optional;

/**
 * Told of every hand-over event once the kit has done its part on the platform (the note posted, or updated, and the
 * person told): the webhook listens here. Called on a conversation's lane, so implementations must return at once and
 * never throw; {@link HandoffWebhook} queues its calls.
 */
@FunctionalInterface
public interface HandoffListener {

    HandoffListener NONE = (event, platform, link) -> { };

    /**
     * @param platform the channel's name, e.g. {@code slack}
     * @param link     a link to the conversation, where the platform has one
     */
    void handoffEvent(HandoffEvent event, String platform, Optional<String> link);
}
