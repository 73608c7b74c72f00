package dev.helpbot.core;

/**
 * Answers one message of a conversation: the one call a channel makes. {@link ConversationEngine} is the
 * reading-and-deciding core; {@link StatsCommand} and {@link RateLimiter} wrap it as decorators, so a
 * channel gets rate limits and the team's stats without the engine knowing about either.
 * Implementations are thread-safe.
 */
@FunctionalInterface
public interface Conversations {

    Reply handle(IncomingMessage message);
}
