package dev.helpbot.slack;

import com.slack.api.SlackConfig;
import dev.helpbot.core.TestBots;
import java.util.function.UnaryOperator;

/** The real Bolt in HTTP mode on 127.0.0.1 against a fresh {@link FakeSlackApi}, for end-to-end tests. */
final class HttpModeBot implements AutoCloseable {

    static final String SUPPORT_GROUP = "S0SUPPORT1";

    final FakeSlackApi slack;
    final SlackChannel channel;
    final SignedRequests requests;

    private HttpModeBot(FakeSlackApi slack, SlackChannel channel, SignedRequests requests) {
        this.slack = slack;
        this.channel = channel;
        this.requests = requests;
    }

    /** Starts with the test tokens and signing secret; {@code customize} adds settings, e.g. a hand-over channel. */
    static HttpModeBot start(String botToken, String signingSecret, UnaryOperator<SlackSettings> customize)
            throws Exception {
        FakeSlackApi slack = new FakeSlackApi();
        SlackSettings settings = customize.apply(SlackSettings.httpMode(botToken, signingSecret, 0)
                .withApiBaseUrl(slack.apiBaseUrl())
                .withHttpBindAddress("127.0.0.1")
                .withSupportUserGroupId(SUPPORT_GROUP));
        SlackConfig config = SlackChannel.slackConfigFor(settings);
        config.setProxyUrl(null);
        SlackChannel channel = new SlackChannel(settings, TestBots.engine(), config);
        try {
            channel.start();
        } catch (Exception e) {
            slack.close();
            throw e;
        }
        return new HttpModeBot(slack, channel, new SignedRequests(channel.httpPort(), settings.httpPath(), signingSecret));
    }

    static HttpModeBot start(UnaryOperator<SlackSettings> customize) throws Exception {
        return start("xoxb-dummy", SignedRequests.SIGNING_SECRET, customize);
    }

    @Override
    public void close() {
        channel.close();
        slack.close();
    }
}
