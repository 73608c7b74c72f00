package dev.helpbot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.helpbot.core.TestBots;
import dev.helpbot.discord.fake.FakeDiscord;
import dev.helpbot.discord.fake.FakeDiscordRest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class DiscordChannelStartTest {

    @Test
    void start_tokenDiscordRejects_failsNamingDiscordTokenWithoutShowingIt() throws Exception {
        try (FakeDiscord discord = FakeDiscord.start()) {
            DiscordSettings settings = new DiscordSettings(FakeDiscordRest.REJECTED_TOKEN,
                    discord.settings().restBaseUrl(), discord.settings().gatewayUrl(), null, null, null, 0, null, null, null);
            DiscordChannel channel = new DiscordChannel(settings, TestBots.channelRuntime());

            assertThatThrownBy(channel::start)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("DISCORD_TOKEN")
                    .hasMessageNotContaining(FakeDiscordRest.REJECTED_TOKEN);
            assertThat(channel.isConnected()).isFalse();
            channel.close();
        }
    }

    /** Regression: with shards, a refused token surfaced as "ErrorResponseException: 0: 401: Unauthorized". */
    @Test
    void start_shardedRefusedToken_namesDiscordTokenInsteadOfABare401() throws Exception {
        try (FakeDiscord discord = FakeDiscord.start()) {
            DiscordChannel channel = new DiscordChannel(TestSettings.withShards(discord.settings(FakeDiscordRest.REJECTED_TOKEN), 2, List.of()),
                    TestBots.channelRuntime());

            assertThatThrownBy(channel::start)
                    .hasMessageContaining("DISCORD_TOKEN")
                    .hasMessageNotContaining(FakeDiscordRest.REJECTED_TOKEN);
            assertThat(channel.isConnected()).isFalse();
            channel.close();
        }
    }

    @Test
    void name_always_isDiscord() {
        assertThat(new DiscordChannel(TestSettings.withToken("t"), TestBots.channelRuntime()).name()).isEqualTo("discord");
    }
}
