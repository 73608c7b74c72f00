package dev.helpbot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.slack.api.methods.SlackApiException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

/** The bounds of the 429 retry, with a sleeper that only records: no test waits for real here. */
class RateLimitRetryTest {

    private final List<Duration> slept = new ArrayList<>();
    private final RateLimitRetry retry = new RateLimitRetry(slept::add);

    @Test
    void call_429ThenOk_waitsRetryAfterThenReturns() throws Exception {
        AtomicInteger attempts = new AtomicInteger();

        String result = retry.call("chat.postMessage", () -> {
            if (attempts.incrementAndGet() == 1) {
                throw rateLimited("2");
            }
            return "sent";
        });

        assertThat(result).isEqualTo("sent");
        assertThat(slept).containsExactly(Duration.ofSeconds(2));
    }

    @Test
    void call_alwaysRateLimited_givesUpAfterThreeAttempts() {
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> retry.call("chat.postMessage", () -> {
            attempts.incrementAndGet();
            throw rateLimited("1");
        })).isInstanceOf(SlackApiException.class);
        assertThat(attempts).hasValue(RateLimitRetry.MAX_ATTEMPTS);
        assertThat(slept).hasSize(RateLimitRetry.MAX_ATTEMPTS - 1);
    }

    @Test
    void call_retryAfterBeyondSixtySeconds_givesUpWithoutWaiting() {
        assertThatThrownBy(() -> retry.call("chat.postMessage", () -> {
            throw rateLimited("61");
        })).isInstanceOf(SlackApiException.class);
        assertThat(slept).isEmpty();
    }

    @Test
    void call_429WithoutOrWithBadRetryAfter_waitsOneSecond() throws Exception {
        AtomicInteger attempts = new AtomicInteger();

        retry.call("chat.postMessage", () -> {
            int attempt = attempts.incrementAndGet();
            if (attempt < 3) {
                throw rateLimited(attempt == 1 ? null : "soon");
            }
            return "sent";
        });

        assertThat(slept).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
    }

    @Test
    void call_okFalseRatelimited_isRetriedLikeA429() throws Exception {
        AtomicInteger attempts = new AtomicInteger();

        retry.call("chat.postMessage", () -> {
            if (attempts.incrementAndGet() == 1) {
                throw new SlackPoster.SlackCallFailed("chat.postMessage", "ratelimited", "3");
            }
            return "sent";
        });

        assertThat(slept).containsExactly(Duration.ofSeconds(3));
    }

    @Test
    void call_otherFailures_areNotRetried() {
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> retry.call("chat.postMessage", () -> {
            attempts.incrementAndGet();
            throw new SlackPoster.SlackCallFailed("chat.postMessage", "not_in_channel");
        })).hasMessageContaining("not_in_channel");
        assertThatThrownBy(() -> retry.call("chat.postMessage", () -> {
            attempts.incrementAndGet();
            throw new SlackApiException(response(500, null), "{}");
        })).isInstanceOf(SlackApiException.class);
        assertThat(attempts).hasValue(2);
        assertThat(slept).isEmpty();
    }

    private static SlackApiException rateLimited(String retryAfter) {
        return new SlackApiException(response(429, retryAfter), "{\"ok\":false,\"error\":\"ratelimited\"}");
    }

    private static Response response(int code, String retryAfter) {
        Response.Builder builder = new Response.Builder()
                .request(new Request.Builder().url("http://127.0.0.1/api/chat.postMessage").build())
                .protocol(Protocol.HTTP_1_1).code(code).message("status " + code);
        if (retryAfter != null) {
            builder.header("Retry-After", retryAfter);
        }
        return builder.build();
    }
}
