package dev.helpbot.core.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The bounds of the Retry-After retry, with a sleeper that only records: no test waits for real here. */
class RetryAfterTest {

    /** A platform refusal carrying its Retry-After header, or none when it is not a rate limit. */
    private static final class Refused extends IOException {
        private final String retryAfter;
        private final boolean rateLimit;

        Refused(boolean rateLimit, String retryAfter) {
            super(rateLimit ? "rate limited" : "refused");
            this.rateLimit = rateLimit;
            this.retryAfter = retryAfter;
        }
    }

    private final List<Duration> slept = new ArrayList<>();
    private final RetryAfter retry = new RetryAfter(e -> e instanceof Refused refused && refused.rateLimit
            ? Optional.of(RetryAfter.parse(refused.retryAfter)) : Optional.empty(), slept::add);

    @Test
    void call_rateLimitedThenOk_waitsRetryAfterThenReturns() throws Exception {
        AtomicInteger attempts = new AtomicInteger();

        String result = retry.call("post", () -> {
            if (attempts.incrementAndGet() == 1) {
                throw new Refused(true, "2");
            }
            return "sent";
        });

        assertThat(result).isEqualTo("sent");
        assertThat(slept).containsExactly(Duration.ofSeconds(2));
    }

    @Test
    void call_alwaysRateLimited_givesUpAfterThreeAttempts() {
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> retry.call("post", () -> {
            attempts.incrementAndGet();
            throw new Refused(true, "1");
        })).isInstanceOf(Refused.class);
        assertThat(attempts).hasValue(RetryAfter.MAX_ATTEMPTS);
        assertThat(slept).hasSize(RetryAfter.MAX_ATTEMPTS - 1);
    }

    @Test
    void call_retryAfterBeyondTheTotalBound_givesUpWithoutWaiting() {
        assertThatThrownBy(() -> retry.call("post", () -> {
            throw new Refused(true, "61");
        })).isInstanceOf(Refused.class);
        assertThatThrownBy(() -> retry.call("post", () -> {
            throw new Refused(true, "1e300");
        })).isInstanceOf(Refused.class);
        assertThat(slept).isEmpty();
    }

    @Test
    void call_otherFailures_areNotRetried() {
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> retry.call("post", () -> {
            attempts.incrementAndGet();
            throw new Refused(false, null);
        })).isInstanceOf(Refused.class);
        assertThatThrownBy(() -> retry.call("post", () -> {
            attempts.incrementAndGet();
            throw new IllegalStateException("bug");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(attempts).hasValue(2);
        assertThat(slept).isEmpty();
    }

    @Test
    void parse_missingBadOrFractionalHeaders() {
        assertThat(RetryAfter.parse(null)).isEqualTo(RetryAfter.DEFAULT_WAIT);
        assertThat(RetryAfter.parse("soon")).isEqualTo(RetryAfter.DEFAULT_WAIT);
        assertThat(RetryAfter.parse("-3")).isEqualTo(RetryAfter.DEFAULT_WAIT);
        assertThat(RetryAfter.parse("NaN")).isEqualTo(RetryAfter.DEFAULT_WAIT);
        assertThat(RetryAfter.parse(" 2 ")).isEqualTo(Duration.ofSeconds(2));
        assertThat(RetryAfter.parse("0.25")).as("Discord sends fractions").isEqualTo(Duration.ofMillis(250));
        assertThat(RetryAfter.parse("86400")).isGreaterThan(RetryAfter.MAX_TOTAL_WAIT);
    }
}
