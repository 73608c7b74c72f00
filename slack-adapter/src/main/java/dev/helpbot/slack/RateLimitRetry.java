package dev.helpbot.slack;

import com.slack.api.methods.SlackApiException;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Repeats a Web API call that Slack refused for rate limiting (HTTP 429, or {@code ok:false error:ratelimited})
 * after the {@code Retry-After} Slack asked for, so the message goes out late rather than never. Bounded:
 * at most {@value #MAX_ATTEMPTS} attempts and {@link #MAX_TOTAL_WAIT} of waiting, after which the error is
 * the caller's. It waits on the caller's thread: on a conversation's ordered worker, later answers of that
 * conversation wait too, so they never overtake the delayed one.
 */
final class RateLimitRetry {

    static final int MAX_ATTEMPTS = 3;
    static final Duration MAX_TOTAL_WAIT = Duration.ofSeconds(60);
    /** Slack always sends Retry-After with a 429; if a proxy drops it, one second is Slack's usual window. */
    static final Duration DEFAULT_WAIT = Duration.ofSeconds(1);

    private static final Logger log = LoggerFactory.getLogger(RateLimitRetry.class);

    interface Call<T> {
        T run() throws IOException, SlackApiException;
    }

    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final Sleeper sleeper;

    RateLimitRetry(Sleeper sleeper) {
        this.sleeper = sleeper;
    }

    static RateLimitRetry withThreadSleep() {
        return new RateLimitRetry(duration -> Thread.sleep(duration.toMillis()));
    }

    <T> T call(String method, Call<T> call) throws IOException, SlackApiException {
        Duration waited = Duration.ZERO;
        for (int attempt = 1; ; attempt++) {
            try {
                return call.run();
            } catch (SlackApiException | SlackPoster.SlackCallFailed e) {
                Optional<Duration> wait = retryAfter(e);
                if (wait.isEmpty()) {
                    throw e;
                }
                if (attempt >= MAX_ATTEMPTS || waited.plus(wait.get()).compareTo(MAX_TOTAL_WAIT) > 0) {
                    log.warn("Slack kept rate-limiting {} ({} attempts, {} s waited, next wait {} s); giving up",
                            method, attempt, waited.toSeconds(), wait.get().toSeconds());
                    throw e;
                }
                log.info("Slack rate-limited {}; trying again in {} ms (attempt {} of {})", method,
                        wait.get().toMillis(), attempt + 1, MAX_ATTEMPTS);
                try {
                    sleeper.sleep(wait.get());
                } catch (InterruptedException interrupted) {
                    // Shutting down: keep the interrupt for the worker, report the call as failed.
                    Thread.currentThread().interrupt();
                    throw e;
                }
                waited = waited.plus(wait.get());
            }
        }
    }

    /** How long Slack asked to wait, or empty when the failure is not a rate limit. */
    static Optional<Duration> retryAfter(Exception failure) {
        if (failure instanceof SlackApiException e && e.getResponse() != null && e.getResponse().code() == 429) {
            return Optional.of(parseSeconds(e.getResponse().header("Retry-After")));
        }
        if (failure instanceof SlackPoster.SlackCallFailed e && "ratelimited".equals(e.error())) {
            return Optional.of(parseSeconds(e.retryAfterHeader()));
        }
        return Optional.empty();
    }

    private static Duration parseSeconds(String header) {
        if (header == null) {
            return DEFAULT_WAIT;
        }
        try {
            long seconds = Long.parseLong(header.strip());
            return seconds < 0 ? DEFAULT_WAIT : Duration.ofSeconds(seconds);
        } catch (NumberFormatException e) {
            return DEFAULT_WAIT;
        }
    }
}
