package dev.helpbot.core.channel.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helpbot.core.channel.DeliveryLedger.Claim;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class MemoryDeliveryLedgerTest {

    private final AtomicLong now = new AtomicLong();
    private final MemoryDeliveryLedger ledger = new MemoryDeliveryLedger(Duration.ofMinutes(15), now::get);

    @Test
    void regression_retryAfterAFloodOfOtherDeliveries_isStillRecognised() {
        // The count-bounded memory it replaces kept the last 10,000 ids: a retry behind a flood was answered twice.
        assertThat(ledger.claim("event:Ev0FIRST")).isEqualTo(Claim.CLAIMED);
        ledger.answered("event:Ev0FIRST");
        for (int i = 0; i < 50_000; i++) {
            ledger.claim("event:flood-" + i);
        }
        now.addAndGet(Duration.ofMinutes(5).toNanos()); // Slack's second retry comes about 5 minutes later

        assertThat(ledger.claim("event:Ev0FIRST")).isEqualTo(Claim.ANSWERED);
    }

    @Test
    void claim_whileTheFirstIsBeingAnswered_isInProgress_thenAnswered() {
        ledger.claim("event:Ev1");

        assertThat(ledger.claim("event:Ev1")).isEqualTo(Claim.IN_PROGRESS);
        ledger.answered("event:Ev1");
        assertThat(ledger.claim("event:Ev1")).isEqualTo(Claim.ANSWERED);
    }

    @Test
    void claim_afterTheWindow_takesTheIdAgain() {
        ledger.claim("event:Ev0OLD");
        ledger.answered("event:Ev0OLD");
        now.addAndGet(Duration.ofMinutes(16).toNanos());

        assertThat(ledger.claim("event:Ev0OLD")).isEqualTo(Claim.CLAIMED);
        assertThat(ledger.claim("event:Ev0OLD")).isEqualTo(Claim.IN_PROGRESS);
    }
}
