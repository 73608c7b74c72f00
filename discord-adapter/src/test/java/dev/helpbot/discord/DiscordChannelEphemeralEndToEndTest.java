package dev.helpbot.discord;

import static dev.helpbot.discord.DiscordRequests.assertNoPings;
import static dev.helpbot.discord.DiscordRequests.callbackFlags;
import static dev.helpbot.discord.DiscordRequests.content;
import static dev.helpbot.discord.DiscordRequests.customIds;
import static dev.helpbot.discord.fake.DiscordPayloads.BOT_ID;
import static dev.helpbot.discord.fake.DiscordPayloads.SUPPORT_ROLE_ID;
import static dev.helpbot.discord.fake.DiscordPayloads.TEXT_CHANNEL_ID;
import static org.assertj.core.api.Assertions.assertThat;

import dev.helpbot.core.TestBots;
import dev.helpbot.discord.fake.FakeDiscord;
import dev.helpbot.discord.fake.FakeDiscordRest;
import dev.helpbot.discord.fake.FakeDiscordRest.Call;
import java.time.Duration;
import java.util.List;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/** The real JDA against the fake Discord with ephemeral conversations and a global command. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(60)
class DiscordChannelEphemeralEndToEndTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final int EPHEMERAL = 64;

    private FakeDiscord discord;
    private FakeDiscordRest rest;
    private DiscordChannel channel;

    @BeforeAll
    void startFakeDiscordAndBot() throws Exception {
        discord = FakeDiscord.start();
        rest = discord.rest();
        DiscordSettings settings = TestSettings.withConversationMode(TestSettings.withGuildIds(discord.settings(), List.of()), ConversationMode.EPHEMERAL);
        channel = new DiscordChannel(settings, TestBots.channelRuntime());
        channel.start();
    }

    @AfterAll
    void stopBotThenFakeDiscord() throws Exception {
        channel.close();
        discord.close();
    }

    @Test
    void start_withoutGuildIds_registersTheCommandGlobally() throws Exception {
        Call put = rest.await("PUT", "applications/" + BOT_ID + "/commands", WAIT);

        assertThat(put.arrayBody().getObject(0).getString("name")).isEqualTo("backup-help");
    }

    @Test
    void conversation_ephemeralThenHumanButton_answersPrivatelyAndPostsTheSummaryPublicly() throws Exception {
        String user = "4700";
        String interaction = discord.runSlashCommand("token-x", user, "gina");

        Call ack = rest.await("POST", "interactions/" + interaction + "/token-x/callback", WAIT);
        assertThat(ack.body().getInt("type")).isEqualTo(5);
        assertThat(callbackFlags(ack) & EPHEMERAL).as("ephemeral").isEqualTo(EPHEMERAL);
        Call welcome = rest.await("PATCH", "webhooks/" + BOT_ID + "/token-x/messages/@original", WAIT);
        assertThat(content(welcome)).startsWith("Hi!");
        assertNoPings(welcome);
        assertThat(rest.unclaimed(call -> call.path().contains("/threads"))).as("no thread in ephemeral mode").isEmpty();

        DataObject shown = welcome.body().put("flags", EPHEMERAL);
        String click = discord.clickButton("token-y", TEXT_CHANNEL_ID, user, "gina", shown, "hb1|" + user + "|-|human");
        Call deferEdit = rest.await("POST", "interactions/" + click + "/token-y/callback", WAIT);
        assertThat(deferEdit.body().getInt("type")).isEqualTo(6);
        Call followUp = rest.await("POST", "webhooks/" + BOT_ID + "/token-y", WAIT);
        assertThat(followUp.body().getInt("flags") & EPHEMERAL).as("the answer stays private").isEqualTo(EPHEMERAL);
        assertThat(customIds(followUp)).allMatch(id -> id.startsWith("hb1|" + user + "|"));
        assertNoPings(followUp);

        Call summary = rest.await("POST", "channels/" + TEXT_CHANNEL_ID + "/messages", WAIT);
        assertThat(content(summary)).startsWith("<@&" + SUPPORT_ROLE_ID + ">");
        assertThat(summary.body().getObject("allowed_mentions").getArray("roles").toList()).containsExactly(SUPPORT_ROLE_ID);
    }
}
