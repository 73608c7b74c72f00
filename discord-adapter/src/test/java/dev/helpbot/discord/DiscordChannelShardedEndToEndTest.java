package dev.helpbot.discord;

import static dev.helpbot.discord.DiscordRequests.content;
import static dev.helpbot.discord.fake.DiscordPayloads.BOT_ID;
import static dev.helpbot.discord.fake.DiscordPayloads.TEXT_CHANNEL_ID;
import static org.assertj.core.api.Assertions.assertThat;

import dev.helpbot.core.TestBots;
import dev.helpbot.discord.fake.FakeDiscord;
import dev.helpbot.discord.fake.FakeDiscordRest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The ShardManager path: two gateway connections, one command registration, events from the guild's shard. */
@Timeout(60)
class DiscordChannelShardedEndToEndTest {

    private static final Duration WAIT = Duration.ofSeconds(15);

    @Test
    void start_withShardIdsOne_ofTwo_identifiesOnlyAsShardOne() throws Exception {
        try (FakeDiscord discord = FakeDiscord.start()) {
            DiscordChannel channel = new DiscordChannel(TestSettings.withShards(TestSettings.withGuildIds(discord.settings(), List.of()), 2, List.of(1)),
                    TestBots.channelRuntime());
            try {
                channel.start();

                assertThat(channel.isConnected()).isTrue();
                assertThat(discord.gateway().identifiedAs()).containsExactly("[1,2]");
            } finally {
                channel.close();
            }
        }
    }

    @Test
    void start_withTwoShards_connectsBothAndAnswersOnTheGuildsShard() throws Exception {
        try (FakeDiscord discord = FakeDiscord.start()) {
            FakeDiscordRest rest = discord.rest();
            DiscordChannel channel = new DiscordChannel(TestSettings.withShards(TestSettings.withGuildIds(discord.settings(), List.of()), 2, List.of()),
                    TestBots.channelRuntime());
            try {
                channel.start();

                assertThat(channel.isConnected()).isTrue();
                assertThat(discord.gateway().identifiedShards()).isEqualTo(2);
                assertThat(discord.gateway().identifiedAs()).containsExactlyInAnyOrder("[0,2]", "[1,2]");
                assertThat(rest.unclaimed(call -> call.method().equals("PUT"))).as("registered once, globally")
                        .singleElement().extracting(FakeDiscordRest.Call::path).isEqualTo("applications/" + BOT_ID + "/commands");

                discord.runSlashCommand("token-s", "4800", "hana");
                rest.await("POST", "channels/" + TEXT_CHANNEL_ID + "/messages/\\d+/threads", WAIT);
                assertThat(content(rest.await("POST", "channels/" + rest.lastThreadId() + "/messages", WAIT))).startsWith("Hi!");
            } finally {
                channel.close();
            }
            assertThat(channel.isConnected()).isFalse();
        }
    }
}
