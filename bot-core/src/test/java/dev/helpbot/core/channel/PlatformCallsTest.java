package dev.helpbot.core.channel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helpbot.core.channel.PlatformCalls.Outcome;
import org.junit.jupiter.api.Test;

class PlatformCallsTest {

    @Test
    void method_namesTheRoute_withIdsTokensAndTheApiVersionLeftOut() {
        assertThat(PlatformCalls.method("POST", "/api/chat.postMessage")).isEqualTo("POST chat.postMessage");
        assertThat(PlatformCalls.method("POST", "/api/v10/channels/1234567890123/messages"))
                .isEqualTo("POST channels/{id}/messages");
        assertThat(PlatformCalls.method("PATCH", "/api/v10/webhooks/42/aW50ZXJhY3Rpb246MTIzNDU2Nzg5MDpzZWNyZXQ/messages/@original"))
                .isEqualTo("PATCH webhooks/{id}/{id}/messages/@original");
    }

    @Test
    void outcome_429IsARateLimit_5xxThePlatformsError_other4xxAndOkFalseTheCallers() {
        assertThat(PlatformCalls.outcome(429, null)).isEqualTo(Outcome.RATE_LIMITED);
        assertThat(PlatformCalls.outcome(503, null)).isEqualTo(Outcome.SERVER_ERROR);
        assertThat(PlatformCalls.outcome(403, null)).isEqualTo(Outcome.CLIENT_ERROR);
        assertThat(PlatformCalls.outcome(200, "{\"ok\": false, \"error\": \"not_in_channel\"}"))
                .isEqualTo(Outcome.CLIENT_ERROR);
        assertThat(PlatformCalls.outcome(200, "{\"ok\":true}")).isEqualTo(Outcome.OK);
        assertThat(PlatformCalls.outcome(204, null)).isEqualTo(Outcome.OK);
    }
}
