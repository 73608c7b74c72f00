package dev.helpbot.core;

/**
 * Token buckets that keep one person, or one busy channel, from flooding the bot. Each person may send
 * {@code userBurst} messages at once and {@code userPerMinute} a minute after that; likewise per channel.
 *
 * @param userPerMinute    sustained messages a minute per person; 0 turns the limits off
 * @param userBurst        messages a person may send at once
 * @param channelPerMinute sustained messages a minute per channel or thread
 * @param channelBurst     messages a channel may send at once
 */
public record RateLimits(int userPerMinute, int userBurst, int channelPerMinute, int channelBurst) {

    public static final RateLimits OFF = new RateLimits(0, 0, 0, 0);

    public RateLimits {
        if (userPerMinute < 0 || userBurst < 0 || channelPerMinute < 0 || channelBurst < 0) {
            throw new IllegalArgumentException("rate limits cannot be negative");
        }
    }

    public static RateLimits defaults() {
        return new RateLimits(20, 8, 300, 60);
    }

    public boolean enabled() {
        return userPerMinute > 0 || channelPerMinute > 0;
    }
}
