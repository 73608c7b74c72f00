package dev.helpbot.app.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helpbot.core.ConversationKey;
import dev.helpbot.core.Conversations;
import dev.helpbot.core.IncomingMessage;
import dev.helpbot.core.RateLimiter;
import dev.helpbot.core.RateLimits;
import dev.helpbot.core.Reply;
import dev.helpbot.core.TestBots;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * One person floods 10,000 messages while others talk to the bot: the flooder gets one friendly
 * slow-down, everyone else is answered as usual. Prints the others' p99 latency with and without the
 * flood; the assertions are about behaviour, the figures are for the README.
 */
class FloodTest {

    private final Conversations engine = new RateLimiter(TestBots.ngramEngine(), RateLimits.defaults(), TestBots.content());

    @Test
    void flood_fromOnePerson_getsOneNotice_andOthersAreAnsweredAsUsual() throws Exception {
        long[] quiet = othersTalk("quiet");
        AtomicInteger notices = new AtomicInteger();
        AtomicInteger answered = new AtomicInteger();
        ConversationKey flooder = new ConversationKey("discord", "guild", "flood-thread", "flooder");
        CompletableFuture<Void> flood = CompletableFuture.runAsync(() -> {
            for (int i = 0; i < 10_000; i++) {
                Reply reply = engine.handle(IncomingMessage.text(flooder, "help my backup fails " + i));
                if (!"rate_limited".equals(reply.intent())) {
                    answered.incrementAndGet();
                } else if (!reply.isSilent()) {
                    notices.incrementAndGet();
                }
            }
        });
        long[] flooded = othersTalk("flooded");
        flood.get();

        assertThat(notices.get()).as("one slow-down notice for the whole flood").isEqualTo(1);
        assertThat(answered.get()).as("the burst allowance, plus what refilled meanwhile").isBetween(8, 30);
        System.out.printf("flood of 10000 from one user: others' p50 %.2f ms -> %.2f ms, p99 %.2f ms -> %.2f ms "
                        + "(quiet -> during flood)%n", millis(quiet, 0.50), millis(flooded, 0.50),
                millis(quiet, 0.99), millis(flooded, 0.99));
    }

    /** 200 other people, 5 messages each (within their burst); each message's latency in ns, sorted. */
    private long[] othersTalk(String round) {
        List<Long> latencies = new ArrayList<>();
        for (int message = 0; message < 5; message++) {
            for (int user = 0; user < 200; user++) {
                ConversationKey key = new ConversationKey("discord", "guild", round + "-thread-" + user, round + user);
                long started = System.nanoTime();
                Reply reply = engine.handle(message == 0 ? IncomingMessage.text(key, "icloud storage is full")
                        : IncomingMessage.text(key, "say that again"));
                latencies.add(System.nanoTime() - started);
                assertThat(reply.intent()).as("a normal user is never rate limited").isNotEqualTo("rate_limited");
                assertThat(reply.fix()).isEqualTo(4);
            }
        }
        long[] sorted = latencies.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        return sorted;
    }

    private static double millis(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }
}
