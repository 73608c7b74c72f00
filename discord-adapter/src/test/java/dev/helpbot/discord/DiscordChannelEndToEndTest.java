package dev.helpbot.discord;

import static dev.helpbot.discord.fake.DiscordPayloads.BOT_ID;
import static dev.helpbot.discord.fake.DiscordPayloads.GUILD_ID;
import static dev.helpbot.discord.fake.DiscordPayloads.OWNER_ID;
import static dev.helpbot.discord.fake.DiscordPayloads.STAFF_ID;
import static dev.helpbot.discord.fake.DiscordPayloads.SUPPORT_ROLE_ID;
import static dev.helpbot.discord.fake.DiscordPayloads.TEXT_CHANNEL_ID;
import static org.assertj.core.api.Assertions.assertThat;

import dev.helpbot.core.TestBots;
import dev.helpbot.discord.fake.DiscordPayloads;
import dev.helpbot.discord.fake.FakeDiscordGateway;
import dev.helpbot.discord.fake.FakeDiscordRest;
import dev.helpbot.discord.fake.FakeDiscordRest.Call;
import java.time.Duration;
import java.util.List;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The real JDA against a fake Discord on 127.0.0.1: what helpbot sends, request by request. */
@Timeout(60)
class DiscordChannelEndToEndTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private FakeDiscordRest rest;
    private FakeDiscordGateway gateway;
    private DiscordChannel channel;

    @BeforeEach
    void startFakeDiscordAndBot() throws Exception {
        rest = new FakeDiscordRest(GUILD_ID, TEXT_CHANNEL_ID);
        gateway = new FakeDiscordGateway();
        String gatewayUrl = gateway.startAndGetUrl();
        DiscordSettings settings = DiscordSettings.withToken("fake-token-never-sent-anywhere-real")
                .withRestBaseUrl(rest.baseUrl())
                .withGatewayUrl(gatewayUrl)
                .withGuildIds(List.of(GUILD_ID))
                .withSupportRoleId(SUPPORT_ROLE_ID);
        channel = new DiscordChannel(settings, TestBots.engine());
        channel.start();
    }

    @AfterEach
    void stop() throws Exception {
        if (channel != null) {
            channel.close();
        }
        gateway.shutDown();
        rest.close();
    }

    @Test
    void start_withGuildIds_registersBackupHelpInThatGuild() throws Exception {
        Call put = rest.await("PUT", "applications/" + BOT_ID + "/guilds/" + GUILD_ID + "/commands", WAIT);
        assertThat(channel.isConnected()).isTrue();
        System.err.println(put);
    }

    @Test
    void slashCommand_inTextChannel_defersOpensThreadAndWelcomesThere() throws Exception {
        rest.interactionIn("token-1", TEXT_CHANNEL_ID);
        String id = DiscordPayloads.snowflake();
        gateway.dispatch("INTERACTION_CREATE", DiscordPayloads.interaction(id, "token-1", 2,
                DiscordPayloads.textChannel(), DiscordPayloads.user(OWNER_ID, "alice"),
                DiscordPayloads.slashCommand(DataArray.empty())));
        Call callback = rest.await("POST", "interactions/" + id + "/token-1/callback", WAIT);
        System.err.println(callback);
        Call anchor = rest.await("PATCH", "webhooks/" + BOT_ID + "/token-1/messages/@original", WAIT);
        System.err.println(anchor);
        Call thread = rest.await("POST", "channels/" + TEXT_CHANNEL_ID + "/messages/\\d+/threads", WAIT);
        System.err.println(thread);
        Call welcome = rest.await("POST", "channels/\\d+/messages", WAIT);
        System.err.println(welcome);
    }
}
