package dev.helpbot.core;

import dev.helpbot.core.content.Content;
import dev.helpbot.core.content.ResponseKey;
import dev.helpbot.core.dialogue.Intents;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Applies {@link RateLimits} in front of the conversations: by the person who sent a message, then by the
 * channel it came from. Checked before anything reads the message or takes a conversation's lock, so a
 * flood is refused without delaying anyone else. A flood gets one slow-down notice, then silence.
 */
public final class RateLimiter implements Conversations {

    private final Conversations next;
    private final TokenBuckets perUser;
    private final TokenBuckets perChannel;
    private final String slowDown;

    /** @param nanoClock the clock the buckets refill by; tests move it by hand */
    public RateLimiter(Conversations next, RateLimits limits, Content content, LongSupplier nanoClock) {
        this.next = Objects.requireNonNull(next, "next");
        this.perUser = limits.userPerMinute() > 0
                ? new TokenBuckets(limits.userPerMinute(), limits.userBurst(), nanoClock) : null;
        this.perChannel = limits.channelPerMinute() > 0
                ? new TokenBuckets(limits.channelPerMinute(), limits.channelBurst(), nanoClock) : null;
        this.slowDown = content.responses().text(ResponseKey.SLOW_DOWN);
    }

    public RateLimiter(Conversations next, RateLimits limits, Content content) {
        this(next, limits, content, System::nanoTime);
    }

    @Override
    public Reply handle(IncomingMessage message) {
        if (message.staff() != null) {
            // The support team's button on a note is no flood from the person whose conversation it is.
            return next.handle(message);
        }
        TokenBuckets.Verdict verdict = check(message.key());
        if (verdict == TokenBuckets.Verdict.ALLOW) {
            return next.handle(message);
        }
        String text = verdict == TokenBuckets.Verdict.REFUSE_AND_TELL ? slowDown : "";
        return new Reply(text, List.of(), ConversationStatus.FALLBACK, null, Intents.RATE_LIMITED, 1.0, Optional.empty());
    }

    private TokenBuckets.Verdict check(ConversationKey key) {
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
