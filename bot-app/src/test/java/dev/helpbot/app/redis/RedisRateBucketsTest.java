package dev.helpbot.app.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helpbot.core.RateBuckets;
import dev.helpbot.core.RateBuckets.Verdict;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Two instances' rate limits on one real redis-server allow the limit once between them. */
class RedisRateBucketsTest {

    private final RedisTestServer server = new RedisTestServer().start();
    private final List<RedisLink> links = new ArrayList<>();

    private RateBuckets instance() {
        RedisLink link = new RedisLink(server.url());
        links.add(link);
        // A burst of 4 and one a minute: nothing refills within the test.
        return new RedisRateBuckets(link, "rate-test:user:", 1, 4);
    }

    @AfterEach
    void close() {
        links.forEach(RedisLink::close);
        server.close();
    }

    @Test
    void twoInstances_shareOneBucket_soTheBurstIsAllowedOnceBetweenThem_thenOneNotice_thenSilence() {
        RateBuckets a = instance();
        RateBuckets b = instance();

        List<Verdict> verdicts = List.of(a.take("slack|T1|U1"), b.take("slack|T1|U1"), a.take("slack|T1|U1"),
                b.take("slack|T1|U1"), a.take("slack|T1|U1"), b.take("slack|T1|U1"));

        assertThat(verdicts).containsExactly(Verdict.ALLOW, Verdict.ALLOW, Verdict.ALLOW, Verdict.ALLOW,
                Verdict.REFUSE_AND_TELL, Verdict.REFUSE_SILENTLY);
        assertThat(a.take("slack|T1|U2")).as("another person's bucket").isEqualTo(Verdict.ALLOW);
    }

    @Test
    void redisDown_limitsFromMemory() {
        RateBuckets a = instance();
        server.stop();

        for (int i = 0; i < 4; i++) {
            assertThat(a.take("slack|T1|U1")).isEqualTo(Verdict.ALLOW);
        }
        assertThat(a.take("slack|T1|U1")).isEqualTo(Verdict.REFUSE_AND_TELL);
    }
}
