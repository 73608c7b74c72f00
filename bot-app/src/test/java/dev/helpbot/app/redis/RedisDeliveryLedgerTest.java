package dev.helpbot.app.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helpbot.core.channel.DeliveryLedger;
import dev.helpbot.core.channel.DeliveryLedger.Claim;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Two instances' ledgers on one real redis-server: claims, leases that run out, and Redis going away. */
class RedisDeliveryLedgerTest {

    private static final Duration LEASE = Duration.ofMillis(300);

    private final RedisTestServer server = new RedisTestServer().start();
    private final List<RedisLink> links = new ArrayList<>();
    private final DeliveryLedger a = instance();
    private final DeliveryLedger b = instance();

    private DeliveryLedger instance() {
        RedisLink link = new RedisLink(server.url());
        links.add(link);
        return new RedisDeliveryLedger(link, "ledger-test:", LEASE, Duration.ofMinutes(15));
    }

    @AfterEach
    void close() {
        links.forEach(RedisLink::close);
        server.close();
    }

    @Test
    void claim_byTwoInstances_onlyTheFirstGetsIt_andOnceAnsweredItIsARepeatForBoth() {
        assertThat(a.claim("slack:event:Ev1")).isEqualTo(Claim.CLAIMED);
        assertThat(b.claim("slack:event:Ev1")).isEqualTo(Claim.IN_PROGRESS);

        a.answered("slack:event:Ev1");

        assertThat(b.claim("slack:event:Ev1")).isEqualTo(Claim.ANSWERED);
        assertThat(a.claim("slack:event:Ev1")).isEqualTo(Claim.ANSWERED);
    }

    @Test
    void claimerDies_theNextClaimerTakesItOver_onceTheLeaseRunsOut() throws Exception {
        a.claim("slack:event:Ev2");
        assertThat(b.claim("slack:event:Ev2")).as("the lease still runs").isEqualTo(Claim.IN_PROGRESS);

        Thread.sleep(LEASE.toMillis() + 100);

        assertThat(b.claim("slack:event:Ev2")).isEqualTo(Claim.CLAIMED);
        assertThat(a.claim("slack:event:Ev2")).as("b holds it now").isEqualTo(Claim.IN_PROGRESS);
    }

    @Test
    void redisDown_claimsInMemory_andWhatWasAnsweredMeanwhileReachesRedisWhenItReturns() throws Exception {
        server.stop();
        assertThat(a.claim("slack:event:Ev5")).isEqualTo(Claim.CLAIMED);
        assertThat(a.claim("slack:event:Ev5")).isEqualTo(Claim.IN_PROGRESS);
        a.answered("slack:event:Ev5");

        server.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!links.stream().allMatch(RedisLink::isUp) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }

        assertThat(b.claim("slack:event:Ev5")).isEqualTo(Claim.ANSWERED);
    }
}
