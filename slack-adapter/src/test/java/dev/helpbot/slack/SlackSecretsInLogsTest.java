package dev.helpbot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import com.google.gson.JsonObject;
import com.slack.api.SlackConfig;
import dev.helpbot.core.TestBots;
import dev.helpbot.core.testing.LogCapture;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Whole Slack runs with distinctive dummy secrets and every logger at TRACE: HTTP mode (a conversation with a
 * button, a hand-over to the staff channel, a 429 retry, a forged request, a channel the bot is not in), Socket
 * Mode, and starts whose tokens Slack refuses. No log line, message or stack trace may contain a secret.
 */
class SlackSecretsInLogsTest {

    private static final String CANARY = "SECRETCANARY";
    private static final String BOT_TOKEN = "xoxb-" + "000000000001-000000000002-SECRETCANARYbot";
    private static final String APP_TOKEN = "xapp-" + "1-A0TEST01-000000000003-SECRETCANARYapp";
    private static final String SIGNING_SECRET = "SECRETCANARY0signing0secret0123456789";
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String JSON = "application/json";
    private static final String ALICE = "U0ALICE01";

    @Test
    void fullRuns_withCanarySecrets_noSecretInAnyLogLineOrThrowable() throws Exception {
        List<String> lines;
        List<String> authorizations = new ArrayList<>();
        try (LogCapture logs = LogCapture.of(Level.TRACE)) {
            httpModeRun(authorizations);
            socketModeRun(authorizations);
            refusedStarts();
            lines = logs.lines();
        }

        assertThat(authorizations).as("the canaries were the tokens in use")
                .contains("Bearer " + BOT_TOKEN, "Bearer " + APP_TOKEN);
        assertThat(lines).as("TRACE logging of Bolt, the Slack client and helpbot was captured").hasSizeGreaterThan(50)
                .as("the Slack client's request dumps, headers included, were among them")
                .anySatisfy(line -> assertThat(line).contains("DetailedLoggingListener", "[Specified Request Headers]"));
        System.out.println("Slack secrets: " + lines.size() + " log lines captured at TRACE, "
                + lines.stream().filter(line -> line.contains(CANARY)).count() + " contain a secret");
        assertThat(lines).noneSatisfy(line -> assertThat(line).contains(CANARY));
    }

    private static void httpModeRun(List<String> authorizations) throws Exception {
        try (HttpModeBot bot = HttpModeBot.start(BOT_TOKEN, SIGNING_SECRET, s -> LoopbackSettings.withHandoffChannelId(s, "C0DESK001"))) {
            bot.requests.send(SignedRequests.slashCommand("C0HELP001", ALICE, "", bot.slack.responseUrl("c1"), "tr-c1"), FORM);
            FakeSlackApi.Call welcome = bot.slack.await("chat.postMessage", 2).get(1);
            JsonObject button = SlackHttpModeEndToEndTest.buttons(welcome).get(0);
            bot.requests.send(SignedRequests.blockAction("C0HELP001", "1700000000.000001", "1700000000.000002", ALICE,
                    button.get("action_id").getAsString(), button.get("value").getAsString(), "tr-c2",
                    welcome.param("blocks")), FORM);
            bot.slack.await("chat.postMessage", 3);
            bot.slack.rateLimitPostMessage(1, 1);
            bot.requests.send(SignedRequests.event("Ev0C3", SignedRequests.message("C0HELP001", "channel", ALICE,
                    "I want to talk to a person", "1700000050.000001", "1700000000.000001")), JSON);
            bot.slack.await("chat.postMessage", 2, call -> "C0DESK001".equals(call.param("channel")) || call.rateLimited());
            bot.requests.send(SignedRequests.slashCommand("C0HELP001", ALICE, "", "", "tr-forged"), FORM,
                    Map.of("X-Slack-Request-Timestamp", "1700000000", "X-Slack-Signature", "v0=forged"));
            bot.slack.failPostMessageWith("not_in_channel");
            bot.requests.send(SignedRequests.slashCommand("C0OTHER01", ALICE, "", bot.slack.responseUrl("c4"), "tr-c4"), FORM);
            bot.slack.await("response_url", 1);
            authorizations.addAll(bot.slack.authorizations());
        }
    }

    private static void socketModeRun(List<String> authorizations) throws Exception {
        FakeSlackApi slack = new FakeSlackApi();
        FakeSocketModeServer socket = new FakeSocketModeServer();
        socket.startAndWait();
        slack.socketModeUrl(socket.url());
        SlackChannel channel = channel(LoopbackSettings.socketMode(BOT_TOKEN, APP_TOKEN), slack);
        try {
            channel.start();
            JsonObject event = SignedRequests.message("D0ALICE01", "im", ALICE, "my backup fails", "1700000200.000001", null);
            JsonObject envelope = new JsonObject();
            envelope.addProperty("envelope_id", "env-secret-1");
            envelope.addProperty("type", "events_api");
            envelope.add("payload", com.google.gson.JsonParser.parseString(SignedRequests.event("Ev0S1", event)));
            socket.sendEnvelope(envelope.toString());
            slack.await("chat.postMessage", 1);
            authorizations.addAll(slack.authorizations());
        } finally {
            channel.close();
            socket.stop(1000);
            slack.close();
        }
    }

    /** As bot-app does: each start-up error is logged, with its causes. */
    private static void refusedStarts() throws Exception {
        FakeSlackApi slack = new FakeSlackApi();
        try {
            slack.failAuthTestWith("invalid_auth");
            SlackChannel badBotToken = channel(LoopbackSettings.httpMode(BOT_TOKEN, SIGNING_SECRET, 0), slack);
            assertThatThrownBy(badBotToken::start).hasMessageContaining("SLACK_BOT_TOKEN").satisfies(SlackSecretsInLogsTest::log);
            slack.failAuthTestWith(null);
            slack.failConnectionsOpenWith("invalid_auth");
            SlackChannel badAppToken = channel(LoopbackSettings.socketMode(BOT_TOKEN, APP_TOKEN), slack);
            assertThatThrownBy(badAppToken::start).hasMessageContaining("SLACK_APP_TOKEN").satisfies(SlackSecretsInLogsTest::log);
            assertThatThrownBy(() -> LoopbackSettings.socketMode(BOT_TOKEN, "xoxp-" + CANARY))
                    .hasMessageContaining("SLACK_APP_TOKEN").satisfies(SlackSecretsInLogsTest::log);
        } finally {
            slack.close();
        }
    }

    private static void log(Throwable error) {
        LoggerFactory.getLogger("dev.helpbot.app").error("Could not start the Slack channel", error);
    }

    private static SlackChannel channel(SlackSettings settings, FakeSlackApi slack) {
        SlackSettings local = LoopbackSettings.of(settings, slack.apiBaseUrl(), settings.supportUserGroupId());
        SlackConfig config = SlackChannel.slackConfigFor(local);
        config.setProxyUrl(null);
        return new SlackChannel(local, TestBots.channelRuntime(), config);
    }
}
