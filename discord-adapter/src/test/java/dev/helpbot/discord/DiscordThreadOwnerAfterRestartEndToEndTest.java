package dev.helpbot.discord;

import static dev.helpbot.discord.DiscordRequests.content;
import static dev.helpbot.discord.fake.DiscordPayloads.BOT_ID;
import static dev.helpbot.discord.fake.DiscordPayloads.GUILD_ID;
import static dev.helpbot.discord.fake.DiscordPayloads.STAFF_ID;
import static dev.helpbot.discord.fake.DiscordPayloads.TEXT_CHANNEL_ID;
import static org.assertj.core.api.Assertions.assertThat;

import dev.helpbot.core.TestBots;
import dev.helpbot.core.channel.ChannelRuntime;
import dev.helpbot.discord.fake.DiscordPayloads;
import dev.helpbot.discord.fake.FakeDiscord;
import dev.helpbot.discord.fake.FakeDiscordRest;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/**
 * A restart forgets which thread belongs to whom, while the conversations live on in the session store.
 * Two conversations start with one bot; a second bot, sharing only the engine (and so the sessions), takes
 * over and must find each thread's owner from Discord: Discord lists the open threads in GUILD_CREATE and
 * serves each starter message, which names the owner.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(60)
class DiscordThreadOwnerAfterRestartEndToEndTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String SLASH_USER = "4800";
    private static final String MENTION_USER = "4801";

    private FakeDiscord discord;
    private FakeDiscordRest rest;
    private DiscordChannel restarted;
    private String slashThreadId;
    private String mentionThreadId;

    @BeforeAll
    void startConversationsThenRestartTheBot() throws Exception {
        discord = FakeDiscord.start();
        rest = discord.rest();
        ChannelRuntime sessionsThatSurviveRestarts = TestBots.channelRuntime();
        DiscordChannel first = new DiscordChannel(discord.settings(), sessionsThatSurviveRestarts);
        first.start();
        try {
            discord.runSlashCommand("token-r1", SLASH_USER, "grace");
            rest.await("POST", "channels/" + TEXT_CHANNEL_ID + "/messages/\\d+/threads", WAIT);
            slashThreadId = rest.lastThreadId();
            rest.await("POST", inChannel(slashThreadId), WAIT);
            discord.say(slashThreadId, SLASH_USER, "grace", "my iphone won't back up to icloud");
            assertThat(content(rest.await("POST", inChannel(slashThreadId), WAIT))).contains("Fix 1 of 9");

            discord.say(TEXT_CHANNEL_ID, MENTION_USER, "heidi", "<@" + BOT_ID + "> my iphone won't back up to icloud");
            rest.await("POST", "channels/" + TEXT_CHANNEL_ID + "/messages/\\d+/threads", WAIT);
            mentionThreadId = rest.lastThreadId();
            assertThat(content(rest.await("POST", inChannel(mentionThreadId), WAIT))).contains("Fix 1 of 9");
        } finally {
            first.close();
        }
        restarted = new DiscordChannel(discord.settings(), sessionsThatSurviveRestarts);
        restarted.start();
    }

    @AfterAll
    void stopBotThenFakeDiscord() throws Exception {
        if (restarted != null) {
            restarted.close();
        }
        discord.close();
    }

    @Test
    void ownerMessage_inSlashCommandThreadAfterRestart_continuesConversationAndLooksUpOnce() throws Exception {
        discord.say(slashThreadId, STAFF_ID, "staff", "did you try turning it off and on?");
        discord.say(slashThreadId, SLASH_USER, "grace", "nope, the switch was already on");
        assertThat(content(rest.await("POST", inChannel(slashThreadId), WAIT)))
                .as("the conversation goes on from the session store").contains("Fix 2 of 9");
        discord.say(slashThreadId, STAFF_ID, "staff", "still failing?");
        discord.say(slashThreadId, SLASH_USER, "grace", "still failing");
        assertThat(content(rest.await("POST", inChannel(slashThreadId), WAIT))).contains("Fix 3 of 9");

        rest.await("GET", inChannel(TEXT_CHANNEL_ID) + "/" + slashThreadId, WAIT);
        assertThat(rest.unclaimed(call -> call.method().equals("GET") && call.path().contains(slashThreadId)))
                .as("the owner is looked up once, then remembered").isEmpty();
        // Messages are handled in order: by the time the owner's answers are out, the staff's were skipped.
        assertThat(rest.unclaimed(call -> call.path().startsWith("channels/" + slashThreadId))).isEmpty();
    }

    @Test
    void ownerMessage_inMentionThreadAfterRestart_continuesConversation() throws Exception {
        discord.say(mentionThreadId, MENTION_USER, "heidi", "nope, the switch was already on");

        assertThat(content(rest.await("POST", inChannel(mentionThreadId), WAIT))).contains("Fix 2 of 9");
        rest.await("GET", inChannel(TEXT_CHANNEL_ID) + "/" + mentionThreadId, WAIT);
    }

    @Test
    void plainMessage_inThreadSomeoneElseCreated_isIgnoredWithoutLookup() throws Exception {
        String threadId = DiscordPayloads.snowflake();
        discord.gateway().dispatch("THREAD_CREATE", DiscordPayloads.thread(threadId, GUILD_ID, TEXT_CHANNEL_ID, "chat")
                .put("owner_id", MENTION_USER).put("newly_created", true));

        discord.say(threadId, "4802", "ivan", "not enough storage");
        discord.say(threadId, "4802", "ivan", "<@" + BOT_ID + "> not enough storage");
        assertThat(content(rest.await("POST", inChannel(threadId), WAIT)))
                .as("a mention is answered in place, as before").contains("Fix 4 of 9");

        assertThat(rest.unclaimed(call -> call.path().contains(threadId))).as("no lookup, no other answer").isEmpty();
    }

    @Test
    void plainMessage_inBotThreadWhoseStarterIsGone_isIgnoredAndLookedUpOnce() throws Exception {
        String threadId = DiscordPayloads.snowflake();
        discord.gateway().dispatch("THREAD_CREATE", DiscordPayloads.thread(threadId, GUILD_ID, TEXT_CHANNEL_ID, "old")
                .put("newly_created", true));

        discord.say(threadId, "4803", "judy", "not enough storage");
        discord.say(threadId, "4803", "judy", "<@" + BOT_ID + "> not enough storage");
        assertThat(content(rest.await("POST", inChannel(threadId), WAIT))).contains("Fix 4 of 9");
        discord.say(threadId, "4803", "judy", "<@" + BOT_ID + "> not enough storage");
        rest.await("POST", inChannel(threadId), WAIT);

        rest.await("GET", inChannel(TEXT_CHANNEL_ID) + "/" + threadId, WAIT);
        assertThat(rest.unclaimed(call -> call.path().contains(threadId)))
                .as("Discord's 404 is remembered: one lookup, and the plain message got no answer").isEmpty();
    }

    private static String inChannel(String channelId) {
        return "channels/" + channelId + "/messages";
    }
}
