package dev.helpbot.slack;

import com.slack.api.SlackConfig;
import dev.helpbot.core.channel.ChannelRuntime;
import dev.helpbot.core.TestBots;
import java.util.function.UnaryOperator;

/** The real Bolt in HTTP mode on 127.0.0.1 against a fresh {@link FakeSlackApi}, for end-to-end tests. */
final class HttpModeBot implements AutoCloseable {

    static final String SUPPORT_GROUP = "S0SUPPORT1";

    final FakeSlackApi slack;
    final SlackChannel channel;
    final SignedRequests requests;

    private final boolean closesSlack;

    private HttpModeBot(FakeSlackApi slack, SlackChannel channel, SignedRequests requests, boolean closesSlack) {
        this.slack = slack;
        this.channel = channel;
        this.requests = requests;
        this.closesSlack = closesSlack;
    }

    /** Starts with the test tokens and signing secret; {@code customize} adds settings, e.g. a hand-over channel. */
    static HttpModeBot start(String botToken, String signingSecret, UnaryOperator<SlackSettings> customize)
            throws Exception {
        FakeSlackApi slack = new FakeSlackApi();
        try {
            return start(slack, TestBots.channelRuntime(), botToken, signingSecret, customize, true);
        } catch (Exception e) {
            slack.close();
            throw e;
        }
    }

    static HttpModeBot start(UnaryOperator<SlackSettings> customize) throws Exception {
        return start("xoxb-dummy", SignedRequests.SIGNING_SECRET, customize);
    }

    /**
     * A bot on an existing fake Slack and engine, as after a restart where the sessions survived (in Redis);
     * closing it leaves {@code slack} running.
     */
    static HttpModeBot startOn(FakeSlackApi slack, ChannelRuntime engine) throws Exception {
        return startOn(slack, engine, s -> s);
    }

    static HttpModeBot startOn(FakeSlackApi slack, ChannelRuntime engine, UnaryOperator<SlackSettings> customize)
            throws Exception {
        return start(slack, engine, "xoxb-dummy", SignedRequests.SIGNING_SECRET, customize, false);
    }

    private static HttpModeBot start(FakeSlackApi slack, ChannelRuntime engine, String botToken,
                                     String signingSecret, UnaryOperator<SlackSettings> customize, boolean closesSlack)
            throws Exception {
        SlackSettings settings = customize.apply(LoopbackSettings.of(LoopbackSettings.httpMode(botToken, signingSecret, 0),
                slack.apiBaseUrl(), SUPPORT_GROUP));
        SlackConfig config = SlackChannel.slackConfigFor(settings);
        config.setProxyUrl(null);
        SlackChannel channel = new SlackChannel(settings, engine, config);
        channel.start();
        return new HttpModeBot(slack, channel, new SignedRequests(channel.httpPort(), settings.httpPath(), signingSecret),
                closesSlack);
    }

    @Override
    public void close() {
        channel.close();
        if (closesSlack) {
            slack.close();
        }
    }
}
