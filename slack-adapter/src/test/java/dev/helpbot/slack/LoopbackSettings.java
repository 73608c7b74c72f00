package dev.helpbot.slack;

/**
 * Settings as the tests need them: the fake Slack's API, listening on loopback only, and one field changed at a time
 * (bot-app builds them whole from the config).
 */
final class LoopbackSettings {

    private LoopbackSettings() {
    }

    /** {@code base} pointed at {@code apiBaseUrl}, its HTTP endpoint on 127.0.0.1, pinging {@code userGroup} (or null). */
    static SlackSettings of(SlackSettings base, String apiBaseUrl, String userGroup) {
        return new SlackSettings(base.mode(), base.botToken(), base.appToken(), base.signingSecret(), apiBaseUrl,
                "127.0.0.1", base.httpPort(), base.httpPath(), userGroup, base.commandName(), base.handoffChannelId());
    }

    static SlackSettings withUserGroup(SlackSettings base, String userGroup) {
        return of(base, base.apiBaseUrl(), userGroup);
    }

    /** Socket Mode with Slack's defaults: the usual development set-up. */
    static SlackSettings socketMode(String botToken, String appToken) {
        return new SlackSettings(SlackSettings.Mode.SOCKET, botToken, appToken, null, null, null,
                SlackSettings.DEFAULT_HTTP_PORT, null, null, null, null);
    }

    /** HTTP mode: Slack posts to {@code http(s)://your-host:port/slack/events}. */
    static SlackSettings httpMode(String botToken, String signingSecret, int port) {
        return new SlackSettings(SlackSettings.Mode.HTTP, botToken, null, signingSecret, null, null, port, null, null, null,
                null);
    }

    static SlackSettings withApiBaseUrl(SlackSettings s, String url) {
        return new SlackSettings(s.mode(), s.botToken(), s.appToken(), s.signingSecret(), url, s.httpBindAddress(),
                s.httpPort(), s.httpPath(), s.supportUserGroupId(), s.commandName(), s.handoffChannelId());
    }

    static SlackSettings withHandoffChannelId(SlackSettings s, String channelId) {
        return new SlackSettings(s.mode(), s.botToken(), s.appToken(), s.signingSecret(), s.apiBaseUrl(),
                s.httpBindAddress(), s.httpPort(), s.httpPath(), s.supportUserGroupId(), s.commandName(), channelId);
    }
}
