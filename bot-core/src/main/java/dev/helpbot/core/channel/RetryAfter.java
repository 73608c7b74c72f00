package dev.helpbot.core.channel;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Repeats a platform call that was refused for rate limiting, after the {@code Retry-After} the platform asked for,
 * so the message goes out late rather than never. Bounded for every channel alike: at most {@value #MAX_ATTEMPTS}
 * attempts and {@link #MAX_TOTAL_WAIT} of waiting, after which the refusal is the caller's. It waits on the
 * caller's thread: on a person's lane, later answers of theirs wait too, so none overtakes the delayed one.
 * A client library that retries by itself (JDA) gets {@link #MAX_TOTAL_WAIT} as its deadline instead.
 */
public final class RetryAfter {

    public static final int MAX_ATTEMPTS = 3;
    public static final Duration MAX_TOTAL_WAIT = Duration.ofSeconds(60);
    /** Platforms send Retry-After with a 429; if a proxy drops it, one second is the usual window. */
    public static final Duration DEFAULT_WAIT = Duration.ofSeconds(1);

    private static final Logger LOG = LoggerFactory.getLogger(RetryAfter.class);

    /** One platform call. */
    @FunctionalInterface
    public interface Call<T, E extends Exception> {
        T run() throws E;
    }

    /** Waits; tests record instead. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final Sleeper sleeper;
    private final Function<Exception, Optional<Duration>> waitAskedFor;

    /**
     * @param waitAskedFor how long a failure asks to wait: empty when it is not a rate limit (see {@link #parse})
     */
    public RetryAfter(Function<Exception, Optional<Duration>> waitAskedFor, Sleeper sleeper) {
        this.waitAskedFor = waitAskedFor;
        this.sleeper = sleeper;
    }

    public RetryAfter(Function<Exception, Optional<Duration>> waitAskedFor) {
        this(waitAskedFor, duration -> Thread.sleep(duration.toMillis()));
    }

    /**
     * Waits out rate-limited {@link PlatformRefusal}s, and whatever else {@code otherWaits} says is a rate limit (an
     * HTTP 429 in a client library's own exception).
     */
    public static RetryAfter forRefusals(Function<Exception, Optional<Duration>> otherWaits) {
        return new RetryAfter(e -> e instanceof PlatformRefusal refusal ? refusal.waitAskedFor() : otherWaits.apply(e));
    }

    public <T, E extends Exception> T call(String what, Call<T, E> call) throws E {
        Duration waited = Duration.ZERO;
        for (int attempt = 1; ; attempt++) {
            try {
                return call.run();
            } catch (Exception e) {
                Optional<Duration> wait = waitAskedFor.apply(e);
                if (wait.isEmpty() || attempt >= MAX_ATTEMPTS || waited.plus(wait.get()).compareTo(MAX_TOTAL_WAIT) > 0) {
                    if (wait.isPresent()) {
                        LOG.warn("{} stayed rate-limited ({} attempts, {} s waited, next wait {} s); giving up", what,
                                attempt, waited.toSeconds(), wait.get().toSeconds());
                    }
                    throw RetryAfter.<E>rethrown(e);
                }
                LOG.info("{} was rate-limited; trying again in {} ms (attempt {} of {})", what, wait.get().toMillis(),
                        attempt + 1, MAX_ATTEMPTS);
                try {
                    sleeper.sleep(wait.get());
                } catch (InterruptedException interrupted) {
                    // Shutting down: keep the interrupt for the lane, report the call as failed.
                    Thread.currentThread().interrupt();
                    throw RetryAfter.<E>rethrown(e);
                }
                waited = waited.plus(wait.get());
            }
        }
    }

    /**
     * A {@code Retry-After} header value in seconds (fractions allowed, as Discord sends them). A missing or
     * unreadable value means {@link #DEFAULT_WAIT}; a negative one too.
     */
    public static Duration parse(String header) {
        if (header == null) {
            return DEFAULT_WAIT;
        }
        try {
            double seconds = Double.parseDouble(header.strip());
            if (!(seconds >= 0) || Double.isInfinite(seconds)) {
                return DEFAULT_WAIT;
            }
            // Beyond the total bound the call gives up anyway; capping keeps the arithmetic finite.
            return seconds > MAX_TOTAL_WAIT.toSeconds() ? MAX_TOTAL_WAIT.plusSeconds(1)
                    : Duration.ofMillis(Math.round(seconds * 1000));
        } catch (NumberFormatException e) {
            return DEFAULT_WAIT;
        }
    }

    @SuppressWarnings("unchecked")
    private static <E extends Exception> E rethrown(Exception e) {
        // Only the call's own exceptions reach here: the catch above sees nothing else.
        return (E) e;
    }
}
