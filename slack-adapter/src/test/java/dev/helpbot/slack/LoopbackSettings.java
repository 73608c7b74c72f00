package dev.helpbot.slack;

/** Settings as the tests need them: the fake Slack's API, listening on loopback only. */
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
}
