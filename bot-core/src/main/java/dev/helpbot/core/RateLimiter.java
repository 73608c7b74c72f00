package dev.helpbot.core;

import java.util.function.LongSupplier;

/** Applies {@link RateLimits} to a message: by the person who sent it, then by the channel it came from. */
final class RateLimiter {

    private final TokenBuckets perUser;
    private final TokenBuckets perChannel;

    RateLimiter(RateLimits limits, LongSupplier nanoTime) {
        this.perUser = limits.userPerMinute() > 0
                ? new TokenBuckets(limits.userPerMinute(), limits.userBurst(), nanoTime) : null;
        this.perChannel = limits.channelPerMinute() > 0
                ? new TokenBuckets(limits.channelPerMinute(), limits.channelBurst(), nanoTime) : null;
    }

    TokenBuckets.Verdict check(ConversationKey key) {
        if (perUser != null) {
            TokenBuckets.Verdict user = perUser.take(key.platform() + '|' + key.workspace() + '|' + key.user());
            if (user != TokenBuckets.Verdict.ALLOW) {
                return user;
            }
        }
        if (perChannel != null) {
            return perChannel.take(key.platform() + '|' + key.workspace() + '|' + key.channel());
        }
        return TokenBuckets.Verdict.ALLOW;
    }
}
