package dev.helpbot.slack;

import dev.helpbot.core.IncomingMessage;

/**
 * One Slack input, read: the core message, where the answer goes, and who acted. For a button click the
 * actor may differ from the conversation's owner ({@code message.key().user()}).
 */
record SlackTurn(IncomingMessage message, SlackThread thread, String actorUserId) {

    boolean actorOwnsConversation() {
        return actorUserId.equals(message.key().user());
    }
}
