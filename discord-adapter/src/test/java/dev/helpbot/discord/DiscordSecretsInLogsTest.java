package dev.helpbot.discord;

import static dev.helpbot.discord.fake.DiscordPayloads.HANDOFF_CHANNEL_ID;
import static dev.helpbot.discord.fake.DiscordPayloads.TEXT_CHANNEL_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import dev.helpbot.core.TestBots;
import dev.helpbot.core.testing.LogCapture;
import dev.helpbot.discord.fake.FakeDiscord;
import dev.helpbot.discord.fake.FakeDiscordRest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.LoggerFactory;

/**
 * A whole Discord run with a distinctive dummy token, every logger at TRACE: a conversation with a button and a
 * hand-over, a dropped gateway and its RESUME (which carries the token), shutdown, and a start with a token
 * Discord refuses. No log line, message or stack trace may contain a token.
 *
 * <p>Two loggers are held back. JDA's gateway client prints every frame it sends at TRACE, IDENTIFY and RESUME
 * with the token in them: it stays at DEBUG, as the shipped logback.xml should keep it. And Java-WebSocket is
 * only the fake gateway's server here (JDA does not use it), which prints the frames it receives.
 */
@Timeout(60)
class DiscordSecretsInLogsTest {

    private static final String CANARY = "SECRETCANARY";
    private static final String TOKEN = "MTAwMA.GkXyZw.SECRETCANARY_discord_bot_token_0123456789";
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Map<String, Level> HELD_BACK = Map.of(
            "net.dv8tion.jda.internal.requests.WebSocketClient", Level.DEBUG,
            "org.java_websocket", Level.INFO);

    @Test
    void fullRun_withCanaryTokens_noTokenInAnyLogLineOrThrowable() throws Exception {
        List<String> lines;
        List<String> tokensSeen;
        try (LogCapture logs = LogCapture.of(Level.TRACE, HELD_BACK); FakeDiscord discord = FakeDiscord.start()) {
            runConversation(discord);
            tokensSeen = discord.gateway().identifyTokens();
            startWithRefusedToken(discord);
            lines = logs.lines();
        }

        assertThat(tokensSeen).as("the canary was the token in use").contains(TOKEN);
        assertThat(lines).as("TRACE logging of JDA and helpbot was captured").hasSizeGreaterThan(50);
        System.out.println("Discord secrets: " + lines.size() + " log lines captured at TRACE, "
                + lines.stream().filter(line -> line.contains(CANARY)).count() + " contain a token");
        assertThat(lines).noneSatisfy(line -> assertThat(line).contains(CANARY));
    }

    private static void runConversation(FakeDiscord discord) throws Exception {
        FakeDiscordRest rest = discord.rest();
        DiscordChannel channel = new DiscordChannel(TestSettings.withHandoffChannelId(discord.settings(TOKEN), HANDOFF_CHANNEL_ID),
                TestBots.channelRuntime());
        try {
            channel.start();
            discord.runSlashCommand("token-s1", "4970", "mia");
            rest.await("POST", "channels/" + TEXT_CHANNEL_ID + "/messages/\\d+/threads", WAIT);
            String threadId = rest.lastThreadId();
            rest.await("POST", "channels/" + threadId + "/messages", WAIT);
            discord.say(threadId, "4970", "mia", "it says not enough storage");
            FakeDiscordRest.Call fix4 = rest.await("POST", "channels/" + threadId + "/messages", WAIT);
            discord.clickButton("token-s2", threadId, "4970", "mia", fix4.body(), "hb1|4970|-|not_worked:4");
            rest.await("POST", "webhooks/\\d+/token-s2", WAIT);
            discord.gateway().dropShardZero();
            assertThat(discord.gateway().awaitShardZero(20_000)).isTrue();
            discord.say(threadId, "4970", "mia", "please let me talk to a person");
            rest.await("POST", "channels/" + HANDOFF_CHANNEL_ID + "/messages", WAIT);
        } finally {
            channel.close();
        }
    }

    /** As bot-app does: the start-up error is logged, with its causes. */
    private static void startWithRefusedToken(FakeDiscord discord) {
        DiscordChannel refused = new DiscordChannel(discord.settings(FakeDiscordRest.REJECTED_TOKEN), TestBots.channelRuntime());
        assertThatThrownBy(refused::start).hasMessageContaining("DISCORD_TOKEN").satisfies(error ->
                LoggerFactory.getLogger("dev.helpbot.app").error("Could not start the Discord channel", error));
        refused.close();
    }
}
