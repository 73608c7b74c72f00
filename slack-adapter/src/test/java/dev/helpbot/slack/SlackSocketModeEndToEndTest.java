package dev.helpbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.SlackConfig;
import dev.helpbot.core.TestBots;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real Bolt in Socket Mode (Java-WebSocket backend) against a fake Slack on 127.0.0.1. */
class SlackSocketModeEndToEndTest {

    private static final String ALICE = "U0ALICE01";

    private FakeSlackApi slack;
    private FakeSocketModeServer socket;
    private SlackChannel channel;

    @BeforeEach
    void connectBotToFakeSlack() throws Exception {
        slack = new FakeSlackApi();
        socket = new FakeSocketModeServer();
        socket.startAndWait();
        slack.socketModeUrl(socket.url());
        SlackSettings settings = LoopbackSettings.withApiBaseUrl(LoopbackSettings.socketMode("xoxb-dummy", "xapp-dummy"), slack.apiBaseUrl());
        SlackConfig config = SlackChannel.slackConfigFor(settings);
        config.setProxyUrl(null);
        channel = new SlackChannel(settings, TestBots.channelRuntime(), config);
        channel.start();
    }

    @AfterEach
    void disconnect() throws Exception {
        channel.close();
        socket.stop(1000);
        slack.close();
    }

    @Test
    void start_fakeSlackSaysHello_connectedThroughAppsConnectionsOpen() {
        assertThat(channel.isConnected()).isTrue();
        assertThat(slack.calls("apps.connections.open")).isNotEmpty();
        assertThat(slack.calls("auth.test")).isNotEmpty();
    }

    @Test
    void slashCommandEnvelope_acksTheEnvelopeThenStartsThread() throws Exception {
        JsonObject payload = new JsonObject();
        payload.addProperty("token", "legacy-token-not-used");
        payload.addProperty("team_id", FakeSlackApi.TEAM_ID);
        payload.addProperty("team_domain", "helpbot-test");
        payload.addProperty("channel_id", "C0HELP001");
        payload.addProperty("channel_name", "help");
        payload.addProperty("user_id", ALICE);
        payload.addProperty("user_name", "alice");
        payload.addProperty("command", "/backup-help");
        payload.addProperty("text", "fix 4");
        payload.addProperty("api_app_id", "A0TEST01");
        payload.addProperty("response_url", slack.responseUrl("sm1"));
        payload.addProperty("trigger_id", "sm-trigger-1");

        socket.sendEnvelope(envelope("env-command-1", "slash_commands", payload, null));

        String ack = socket.awaitReceived(m -> m.contains("env-command-1"));
        assertThat(JsonParser.parseString(ack).getAsJsonObject().get("envelope_id").getAsString()).isEqualTo("env-command-1");
        List<FakeSlackApi.Call> posts = slack.await("chat.postMessage", 2);
        assertThat(posts.get(0).param("thread_ts")).isNull();
        assertThat(posts.get(1).param("thread_ts")).isEqualTo("1700000000.000001");
        assertThat(posts.get(1).param("text")).contains("Fix 4 of 9");
    }

    @Test
    void directMessageEnvelope_acksAndAnswersInTheDm() throws Exception {
        socket.sendEnvelope(envelope("env-dm-1", "events_api", eventPayload("Ev0SOCKET1", "it says not enough storage"), null));

        assertThat(socket.awaitReceived(m -> m.contains("env-dm-1"))).contains("\"envelope_id\":\"env-dm-1\"");
        FakeSlackApi.Call answer = slack.await("chat.postMessage", 1).get(0);
        assertThat(answer.param("channel")).isEqualTo("D0ALICE01");
        assertThat(answer.param("thread_ts")).isNull();
        assertThat(answer.param("text")).contains("storage");
    }

    @Test
    void retriedEventEnvelope_sameEventId_ackedButAnsweredOnce() throws Exception {
        JsonObject payload = eventPayload("Ev0SOCKET2", "my backup fails");
        socket.sendEnvelope(envelope("env-first", "events_api", payload, null));
        slack.await("chat.postMessage", 1);

        socket.sendEnvelope(envelope("env-retry", "events_api", payload, 1));
        socket.awaitReceived(m -> m.contains("env-retry"));
        socket.sendEnvelope(envelope("env-next", "events_api", eventPayload("Ev0SOCKET3", "still failing"), null));

        slack.await("chat.postMessage", 2);
        Thread.sleep(200);
        assertThat(slack.calls("chat.postMessage")).hasSize(2);
    }

    @Test
    void close_connectedChannel_isNoLongerConnected() {
        channel.close();

        assertThat(channel.isConnected()).isFalse();
    }

    private static JsonObject eventPayload(String eventId, String text) {
        JsonObject event = SignedRequests.message("D0ALICE01", "im", ALICE, text, "1700000200.000001", null);
        return JsonParser.parseString(SignedRequests.event(eventId, event)).getAsJsonObject();
    }

    private static String envelope(String envelopeId, String type, JsonObject payload, Integer retryAttempt) {
        JsonObject envelope = new JsonObject();
        envelope.addProperty("envelope_id", envelopeId);
        envelope.addProperty("type", type);
        envelope.add("payload", payload);
        envelope.addProperty("accepts_response_payload", type.equals("slash_commands"));
        if (retryAttempt != null) {
            envelope.addProperty("retry_attempt", retryAttempt);
            envelope.addProperty("retry_reason", "timeout");
        }
        return envelope.toString();
    }
}
