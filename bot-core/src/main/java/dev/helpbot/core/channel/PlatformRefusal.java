package dev.helpbot.core.channel;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

/**
 * A platform answered a call with an error of its own rather than an HTTP failure (Slack's {@code ok: false},
 * say), with its error code and, for a rate limit, the {@code Retry-After} it sent. {@link RetryAfter#forRefusals}
 * waits out the rate-limited ones.
 */
public final class PlatformRefusal extends IOException {

    private final String code;
    private final boolean rateLimit;
    private final String retryAfterHeader;

    /**
     * @param rateLimit        whether the platform refused for rate limiting
     * @param retryAfterHeader its {@code Retry-After}, or null
     */
    public PlatformRefusal(String what, String code, boolean rateLimit, String retryAfterHeader) {
        super(what + " was refused: " + code);
        this.code = code;
        this.rateLimit = rateLimit;
        this.retryAfterHeader = retryAfterHeader;
    }

    public String code() {
        return code;
    }

    public boolean rateLimit() {
        return rateLimit;
    }

    /** How long a rate-limited refusal asks to wait; empty for any other refusal. */
    public Optional<Duration> waitAskedFor() {
        return rateLimit ? Optional.of(RetryAfter.parse(retryAfterHeader)) : Optional.empty();
    }
}
