package dev.helpbot.discord;

import static dev.helpbot.discord.DiscordRequests.assertNoPings;
import static dev.helpbot.discord.DiscordRequests.callbackFlags;
import static dev.helpbot.discord.DiscordRequests.content;
import static dev.helpbot.discord.fake.DiscordPayloads.TEXT_CHANNEL_ID;
import static org.assertj.core.api.Assertions.assertThat;

import dev.helpbot.core.TestBots;
import dev.helpbot.discord.fake.FakeDiscord;
import dev.helpbot.discord.fake.FakeDiscordRest;
import dev.helpbot.discord.fake.FakeDiscordRest.Call;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code conversation_mode: private_thread}: a private thread of the channel with the person added, not one off a message. */
@Timeout(60)
class DiscordPrivateThreadEndToEndTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private FakeDiscord discord;
    private FakeDiscordRest rest;
    private DiscordChannel channel;

    @BeforeEach
    void start() throws Exception {
        discord = FakeDiscord.start();
        rest = discord.rest();
        channel = new DiscordChannel(TestSettings.withConversationMode(discord.settings(), ConversationMode.PRIVATE_THREAD),
                TestBots.channelRuntime());
        channel.start();
    }

    @AfterEach
    void stop() throws Exception {
        channel.close();
        discord.close();
    }

    @Test
    void command_opensAPrivateThreadWithThePersonAdded_itsAnswerTheirsAlone_andTheConversationGoesOnThere() throws Exception {
        String user = "4990";
        discord.runSlashCommand("token-p1", user, "zoe");

        Call ack = rest.await("POST", "interactions/\\d+/token-p1/callback", WAIT);
        assertThat(callbackFlags(ack) & 64).as("the command's answer is ephemeral").isEqualTo(64);
        Call opened = rest.await("POST", "channels/" + TEXT_CHANNEL_ID + "/threads", WAIT);
        assertThat(opened.body().getInt("type")).as("a private thread").isEqualTo(12);
        String thread = rest.lastThreadId();
        rest.await("PUT", "channels/" + thread + "/thread-members/" + user, WAIT);
        Call welcome = rest.await("POST", "channels/" + thread + "/messages", WAIT);
        assertNoPings(welcome);
        assertThat(rest.unclaimed(call -> call.path().matches("channels/\\d+/messages/\\d+/threads")))
                .as("no public thread off a message").isEmpty();

        discord.say(thread, user, "zoe", "it says not enough storage");
        assertThat(content(rest.await("POST", "channels/" + thread + "/messages", WAIT))).isNotBlank();
    }

    @Test
    void mention_opensAPrivateThreadToo() throws Exception {
        discord.say(TEXT_CHANNEL_ID, "4991", "yan", "<@" + dev.helpbot.discord.fake.DiscordPayloads.BOT_ID + "> my backup fails");

        Call opened = rest.await("POST", "channels/" + TEXT_CHANNEL_ID + "/threads", WAIT);
        assertThat(opened.body().getInt("type")).isEqualTo(12);
        String thread = rest.lastThreadId();
        rest.await("PUT", "channels/" + thread + "/thread-members/4991", WAIT);
        assertThat(content(rest.await("POST", "channels/" + thread + "/messages", WAIT))).isNotBlank();
    }
}
