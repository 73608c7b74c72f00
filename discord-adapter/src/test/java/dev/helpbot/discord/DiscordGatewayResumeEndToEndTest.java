package dev.helpbot.discord;

import static dev.helpbot.discord.DiscordRequests.content;
import static dev.helpbot.discord.fake.DiscordPayloads.TEXT_CHANNEL_ID;
import static org.assertj.core.api.Assertions.assertThat;

import dev.helpbot.core.TestBots;
import dev.helpbot.discord.fake.FakeDiscord;
import dev.helpbot.discord.fake.FakeDiscordGateway;
import dev.helpbot.discord.fake.FakeDiscordRest;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The gateway goes away mid-conversation: JDA resumes its session (op 6), the fake replays what was said while
 * it was down, and the conversation goes on where it was, in the same thread.
 */
@Timeout(60)
class DiscordGatewayResumeEndToEndTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final long RECONNECT_MILLIS = 20_000;

    private FakeDiscord discord;
    private FakeDiscordRest rest;
    private FakeDiscordGateway gateway;
    private DiscordChannel channel;

    @BeforeEach
    void startFakeDiscordAndBot() throws Exception {
        discord = FakeDiscord.start();
        rest = discord.rest();
        gateway = discord.gateway();
        channel = new DiscordChannel(discord.settings(), TestBots.channelRuntime());
        channel.start();
    }

    @AfterEach
    void stopBotThenFakeDiscord() throws Exception {
        channel.close();
        discord.close();
    }

    @Test
    void gatewayDropped_midConversation_resumesAndReplaysMissedMessageIntoTheSameConversation() throws Exception {
        String threadId = conversationAtFix1("4950", "kim", "token-r1");

        gateway.dropShardZero();
        // Said while the bot is disconnected: Discord holds the event for the RESUME.
        discord.say(threadId, "4950", "kim", "no, still failing");

        assertThat(gateway.awaitShardZero(RECONNECT_MILLIS)).as("JDA reconnected").isTrue();
        assertThat(content(rest.await("POST", inChannel(threadId), WAIT)))
                .as("fix 4 and fix 1 failed: the same conversation moves on to fix 2").contains("Fix 2 of 9");
        assertThat(gateway.resumes()).as("resumed the session, not a new one").singleElement()
                .satisfies(resume -> assertThat(resume.getString("session_id")).isEqualTo("fake-session-0"));
        assertThat(gateway.identifyTokens()).hasSize(1);
        // JDA may answer the replayed event a moment before it marks itself CONNECTED again.
        long deadline = System.nanoTime() + RECONNECT_MILLIS * 1_000_000L;
        while (!channel.isConnected() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(channel.isConnected()).isTrue();
    }

    @Test
    void reconnectRequested_midConversation_resumesAndTheConversationContinues() throws Exception {
        String threadId = conversationAtFix1("4960", "lou", "token-r2");

        gateway.requestReconnect();
        awaitResumes(1);
        discord.say(threadId, "4960", "lou", "no, still failing");

        assertThat(content(rest.await("POST", inChannel(threadId), WAIT))).contains("Fix 2 of 9");
        assertThat(gateway.identifyTokens()).hasSize(1);
    }

    /** Opens a thread, reports a storage problem (fix 4), and says it failed: the conversation is at fix 1. */
    private String conversationAtFix1(String user, String name, String token) throws InterruptedException {
        discord.runSlashCommand(token, user, name);
        rest.await("POST", "channels/" + TEXT_CHANNEL_ID + "/messages/\\d+/threads", WAIT);
        String threadId = rest.lastThreadId();
        rest.await("POST", inChannel(threadId), WAIT);
        discord.say(threadId, user, name, "it says not enough storage");
        assertThat(content(rest.await("POST", inChannel(threadId), WAIT))).contains("Fix 4 of 9");
        discord.say(threadId, user, name, "no, that didn't work");
        assertThat(content(rest.await("POST", inChannel(threadId), WAIT))).contains("Fix 1 of 9");
        return threadId;
    }

    private void awaitResumes(int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMillis(RECONNECT_MILLIS).toNanos();
        while (gateway.resumes().size() < count || !gateway.awaitShardZero(10)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("JDA did not resume; resumes so far: " + gateway.resumes());
            }
            Thread.sleep(20);
        }
    }

    private static String inChannel(String channelId) {
        return "channels/" + channelId + "/messages";
    }
}
