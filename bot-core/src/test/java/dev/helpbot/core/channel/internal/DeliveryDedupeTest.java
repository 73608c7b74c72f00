package dev.helpbot.core.channel.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class DeliveryDedupeTest {

    private final AtomicLong now = new AtomicLong();
    private final DeliveryDedupe dedupe = new DeliveryDedupe(Duration.ofMinutes(15), now::get);

    @Test
    void regression_retryAfterAFloodOfOtherDeliveries_isStillRecognised() {
        // The count-bounded memory it replaces kept the last 10,000 ids: a retry behind a flood was answered twice.
        assertThat(dedupe.firstTime("event:Ev0FIRST")).isTrue();
        for (int i = 0; i < 50_000; i++) {
            dedupe.firstTime("event:flood-" + i);
        }
        now.addAndGet(Duration.ofMinutes(5).toNanos()); // Slack's second retry comes about 5 minutes later

        assertThat(dedupe.firstTime("event:Ev0FIRST")).isFalse();
    }

    @Test
    void firstTime_afterTheWindow_takesTheIdAgain() {
        dedupe.firstTime("event:Ev0OLD");
        now.addAndGet(Duration.ofMinutes(16).toNanos());

        assertThat(dedupe.firstTime("event:Ev0OLD")).isTrue();
        assertThat(dedupe.firstTime("event:Ev0OLD")).isFalse();
    }

    @Test
    void firstTime_withoutAnId_isAlwaysTaken() {
        assertThat(dedupe.firstTime(null)).isTrue();
        assertThat(dedupe.firstTime(null)).isTrue();
    }
}
