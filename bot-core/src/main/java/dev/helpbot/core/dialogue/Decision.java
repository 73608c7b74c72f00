package dev.helpbot.core.dialogue;

import dev.helpbot.core.Reply;

/** The policy's answer to one turn: the conversation's new state and what to say. */
public record Decision(Session session, Reply reply) {
}
