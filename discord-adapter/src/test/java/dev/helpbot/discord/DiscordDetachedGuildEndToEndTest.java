package dev.helpbot.discord;

import static dev.helpbot.discord.DiscordRequests.assertNoPings;
import static dev.helpbot.discord.DiscordRequests.content;
import static dev.helpbot.discord.DiscordRequests.customIds;
import static dev.helpbot.discord.fake.DiscordPayloads.BOT_ID;
import static dev.helpbot.discord.fake.DiscordPayloads.TEXT_CHANNEL_ID;
import static org.assertj.core.api.Assertions.assertThat;

import dev.helpbot.core.TestBots;
import dev.helpbot.discord.fake.FakeDiscord;
import dev.helpbot.discord.fake.FakeDiscordRest;
import dev.helpbot.discord.fake.FakeDiscordRest.Call;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/**
 * A fake Discord that never sends the guild the interactions come from, as for a user-installed app or a guild
 * whose GUILD_CREATE has not arrived: JDA hands the bot a detached guild, where it cannot open threads or read
 * roles. {@code /backup-help} threw {@code DetachedEntityException} before its acknowledgement, and Discord showed
 * "The application did not respond".
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(60)
class DiscordDetachedGuildEndToEndTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private FakeDiscord discord;
    private FakeDiscordRest rest;
    private DiscordChannel channel;

    @BeforeAll
    void startFakeDiscordWithoutTheGuildAndBot() throws Exception {
        discord = FakeDiscord.startWithoutTheGuild();
        rest = discord.rest();
        channel = new DiscordChannel(discord.settings(), TestBots.channelRuntime());
        channel.start();
    }

    @AfterAll
    void stopBotThenFakeDiscord() throws Exception {
        channel.close();
        discord.close();
    }

    @Test
    void regression_slashCommandInADetachedGuild_isAcknowledgedAndAnsweredInline_andItsButtonsWork() throws Exception {
        String user = "4990";
        String interaction = discord.runSlashCommand("token-g1", user, "nia");

        Call ack = rest.await("POST", "interactions/" + interaction + "/token-g1/callback", WAIT);
        assertThat(ack.body().getInt("type")).as("deferred, at once").isEqualTo(5);
        Call welcome = rest.await("PATCH", "webhooks/" + BOT_ID + "/token-g1/messages/@original", WAIT);
        assertThat(content(welcome)).as("answered inline, in the interaction's reply").startsWith("Hi!");
        assertNoPings(welcome);
        assertThat(rest.unclaimed(call -> call.path().contains("/threads"))).as("no thread without a channel").isEmpty();

        String press = discord.clickButton("token-g2", TEXT_CHANNEL_ID, user, "nia", welcome.body(),
                customIds(welcome).get(0));
        assertThat(rest.await("POST", "interactions/" + press + "/token-g2/callback", WAIT).body().getInt("type"))
                .isEqualTo(6);
        Call fix1 = rest.await("POST", "webhooks/" + BOT_ID + "/token-g2", WAIT);
        assertThat(content(fix1)).contains("Fix 1 of 9");
        assertThat(customIds(fix1)).contains("hb1|" + user + "|-|not_worked:1");
    }
}
