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
    private final RateBuckets perUser;
    private final RateBuckets perChannel;
    private final String slowDown;

    /**
     * @param perUser    buckets by person, or null for no limit per person
     * @param perChannel buckets by channel or thread, or null for no limit per channel
     */
    public RateLimiter(Conversations next, Content content, RateBuckets perUser, RateBuckets perChannel) {
        this.next = Objects.requireNonNull(next, "next");
        this.perUser = perUser;
        this.perChannel = perChannel;
        this.slowDown = content.responses().text(ResponseKey.SLOW_DOWN);
    }

    /** @param nanoClock the clock the buckets refill by; tests move it by hand */
    public RateLimiter(Conversations next, RateLimits limits, Content content, LongSupplier nanoClock) {
        this(next, content, limits.userPerMinute() > 0
                        ? RateBuckets.inMemory(limits.userPerMinute(), limits.userBurst(), nanoClock) : null,
                limits.channelPerMinute() > 0
                        ? RateBuckets.inMemory(limits.channelPerMinute(), limits.channelBurst(), nanoClock) : null);
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
        RateBuckets.Verdict verdict = check(message.key());
        if (verdict == RateBuckets.Verdict.ALLOW) {
            return next.handle(message);
        }
        String text = verdict == RateBuckets.Verdict.REFUSE_AND_TELL ? slowDown : "";
        return new Reply(text, List.of(), ConversationStatus.FALLBACK, null, Intents.RATE_LIMITED, 1.0, Optional.empty());
    }

    private RateBuckets.Verdict check(ConversationKey key) {
        if (perUser != null) {
            RateBuckets.Verdict user = perUser.take(key.platform() + '|' + key.workspace() + '|' + key.user());
            if (user != RateBuckets.Verdict.ALLOW) {
                return user;
            }
        }
        if (perChannel != null) {
            return perChannel.take(key.platform() + '|' + key.workspace() + '|' + key.channel());
        }
        return RateBuckets.Verdict.ALLOW;
    }
}
