package dev.helpbot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.slack.api.SlackConfig;
import dev.helpbot.core.TestBots;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Start-up and shutdown: clear errors for bad credentials, and a channel that lets go of its port. */
class SlackChannelStartTest {

    private FakeSlackApi slack;

    @BeforeEach
    void startFakeSlack() throws Exception {
        slack = new FakeSlackApi();
    }

    @AfterEach
    void stopFakeSlack() {
        slack.close();
    }

    @Test
    void start_botTokenRejectedByAuthTest_failsNamingSlackBotTokenButNotTheToken() {
        slack.failAuthTestWith("invalid_auth");
        SlackChannel channel = channel(LoopbackSettings.httpMode("xoxb-dummy", "test-secret-not-real", 0));

        assertThatThrownBy(channel::start)
                .hasMessageContaining("SLACK_BOT_TOKEN")
                .hasMessageContaining("invalid_auth")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("xoxb-dummy"));
        assertThat(channel.isConnected()).isFalse();
    }

    @Test
    void start_slackUnreachable_failsSayingItCannotReachSlack() throws Exception {
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        SlackSettings settings = LoopbackSettings.of(LoopbackSettings.httpMode("xoxb-dummy", "test-secret-not-real", 0),
                "http://127.0.0.1:" + closedPort + "/api/", null);
        SlackConfig config = SlackChannel.slackConfigFor(settings);
        config.setProxyUrl(null);
        SlackChannel channel = new SlackChannel(settings, TestBots.channelRuntime(), config);

        assertThatThrownBy(channel::start).hasMessageContaining("Could not reach Slack at http://127.0.0.1:" + closedPort);
    }

    @Test
    void start_appTokenRefusedByAppsConnectionsOpen_failsNamingSlackAppToken() {
        slack.failConnectionsOpenWith("invalid_auth");
        SlackChannel channel = channel(LoopbackSettings.socketMode("xoxb-dummy", "xapp-dummy"));

        assertThatThrownBy(channel::start).hasMessageContaining("SLACK_APP_TOKEN");
        assertThat(channel.isConnected()).isFalse();
    }

    @Test
    void close_httpMode_stopsAnsweringAndIsIdempotent() throws Exception {
        SlackChannel channel = channel(LoopbackSettings.httpMode("xoxb-dummy", "test-secret-not-real", 0));
        channel.start();
        int port = channel.httpPort();

        channel.close();
        channel.close();

        assertThat(channel.isConnected()).isFalse();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/slack/events"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build();
        assertThatThrownBy(() -> HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(java.io.IOException.class);
    }

    @Test
    void httpEndpoint_otherPathOrMethod_refusedWithoutReachingBolt() throws Exception {
        SlackChannel channel = channel(LoopbackSettings.httpMode("xoxb-dummy", "test-secret-not-real", 0));
        channel.start();
        try {
            HttpClient http = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + channel.httpPort();

            int get = http.send(HttpRequest.newBuilder(URI.create(base + "/slack/events")).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode();
            int otherPath = http.send(HttpRequest.newBuilder(URI.create(base + "/slack/events-extra"))
                    .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString()).statusCode();

            assertThat(get).isEqualTo(405);
            assertThat(otherPath).isEqualTo(404);
        } finally {
            channel.close();
        }
    }

    private SlackChannel channel(SlackSettings settings) {
        SlackSettings local = LoopbackSettings.of(settings, slack.apiBaseUrl(), settings.supportUserGroupId());
        SlackConfig config = SlackChannel.slackConfigFor(local);
        config.setProxyUrl(null);
        return new SlackChannel(local, TestBots.channelRuntime(), config);
    }
}
