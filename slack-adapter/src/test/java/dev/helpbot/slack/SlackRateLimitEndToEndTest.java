package dev.helpbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Slack answers HTTP 429 with Retry-After: the reply goes out after the wait, once, and in order. */
class SlackRateLimitEndToEndTest {

    private static final String JSON = "application/json";
    private static final String DM = "D0ALICE01";
    private static final String ALICE = "U0ALICE01";

    private HttpModeBot bot;

    @BeforeEach
    void startBot() throws Exception {
        bot = HttpModeBot.start(settings -> settings);
    }

    @AfterEach
    void stop() {
        bot.close();
    }

    @Test
    void postMessage_answered429WithRetryAfter1_sentOnceAfterTheWait() throws Exception {
        bot.slack.rateLimitPostMessage(1, 1);

        bot.requests.send(SignedRequests.event("Ev0RATE1", SignedRequests.message(DM, "im", ALICE,
                "it says not enough storage", "1700000300.000001", null)), JSON);

        List<FakeSlackApi.Call> delivered = bot.slack.await("chat.postMessage", 1, call -> !call.rateLimited());
        List<FakeSlackApi.Call> refused = bot.slack.calls("chat.postMessage").stream()
                .filter(FakeSlackApi.Call::rateLimited).toList();
        assertThat(refused).hasSize(1);
        assertThat(delivered).hasSize(1);
        assertThat(delivered.get(0).param("text")).contains("Fix 4 of 9");
        assertThat(Duration.ofNanos(delivered.get(0).atNanos() - refused.get(0).atNanos()))
                .as("waited for Retry-After").isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        Thread.sleep(200);
        assertThat(bot.slack.calls("chat.postMessage")).as("one refused, one delivered, nothing twice").hasSize(2);
    }

    @Test
    void postMessage_rateLimitedThenNextMessage_answersKeepTheirOrder() throws Exception {
        bot.slack.rateLimitPostMessage(1, 1);

        bot.requests.send(SignedRequests.event("Ev0RATE2", SignedRequests.message(DM, "im", ALICE,
                "it says not enough storage", "1700000310.000001", null)), JSON);
        bot.requests.send(SignedRequests.event("Ev0RATE3", SignedRequests.message(DM, "im", ALICE,
                "no, still failing", "1700000311.000001", null)), JSON);

        List<FakeSlackApi.Call> delivered = bot.slack.await("chat.postMessage", 2, call -> !call.rateLimited());
        assertThat(delivered.get(0).param("text")).contains("Fix 4 of 9");
        assertThat(delivered.get(1).param("text")).doesNotContain("Fix 4 of 9").contains("of 9");
    }
}
