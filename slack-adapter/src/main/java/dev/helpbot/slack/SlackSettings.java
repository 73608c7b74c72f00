package dev.helpbot.slack;

import static dev.helpbot.core.channel.SettingChecks.matching;
import static dev.helpbot.core.channel.SettingChecks.optionalMatching;
import static dev.helpbot.core.channel.SettingChecks.describe;
import static dev.helpbot.core.channel.SettingChecks.secret;
import static dev.helpbot.core.channel.SettingChecks.url;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Everything the Slack channel needs to run. The three secrets come from the environment
 * ({@code SLACK_BOT_TOKEN}, {@code SLACK_APP_TOKEN}, {@code SLACK_SIGNING_SECRET}) through the wiring;
 * {@link #toString()} never shows them, so settings can be logged.
 *
 * @param mode               {@link Mode#SOCKET} (default: no public URL needed) or {@link Mode#HTTP}
 * @param botToken           the Bot User OAuth Token, {@code xoxb-…}; always required
 * @param appToken           the app-level token, {@code xapp-…}; required in Socket Mode
 * @param signingSecret      the app's signing secret; required in HTTP mode, where it verifies every request
 * @param apiBaseUrl         the Web API prefix; Slack by default, differs for GovSlack and in tests
 * @param httpBindAddress    the interface the HTTP endpoint listens on (HTTP mode)
 * @param httpPort           the port the HTTP endpoint listens on; 0 picks a free one (HTTP mode)
 * @param httpPath           the path Slack posts events, commands and clicks to (HTTP mode)
 * @param supportUserGroupId the user group pinged on escalation, e.g. {@code S0123ABCD}; null pings nobody
 * @param commandName        the slash command, with its slash
 * @param handoffChannelId   the channel hand-over summaries go to, e.g. {@code C0123ABCD}, with a link back to
 *                           the conversation; null posts them in the conversation's thread
 */
public record SlackSettings(Mode mode, String botToken, String appToken, String signingSecret, String apiBaseUrl,
                            String httpBindAddress, int httpPort, String httpPath, String supportUserGroupId,
                            String commandName, String handoffChannelId) {

    public static final String DEFAULT_API_BASE_URL = "https://slack.com/api/";
    public static final int DEFAULT_HTTP_PORT = 3000;

    private static final Pattern USER_GROUP_ID = Pattern.compile("S[A-Z0-9]{2,20}");
    private static final Pattern COMMAND = Pattern.compile("/[a-z0-9_-]{1,31}");
    /** Public (C) and private (G, older) channels; a DM (D) has no one to hand over to. */
    private static final Pattern CHANNEL_ID = Pattern.compile("[CG][A-Z0-9]{2,20}");

    public enum Mode { SOCKET, HTTP }

    public SlackSettings {
        mode = Objects.requireNonNullElse(mode, Mode.SOCKET);
        apiBaseUrl = url("slack.api_base_url", Objects.requireNonNullElse(apiBaseUrl, DEFAULT_API_BASE_URL), "https://",
                "http://").replaceFirst("(?<!/)$", "/"); // with its trailing slash
        httpBindAddress = Objects.requireNonNullElse(httpBindAddress, "0.0.0.0");
        httpPath = Objects.requireNonNullElse(httpPath, "/slack/events");
        commandName = matching("slack.command", Objects.requireNonNullElse(commandName, "/backup-help"), COMMAND,
                "like /backup-help");
        supportUserGroupId = optionalMatching("slack.support_user_group_id", supportUserGroupId, USER_GROUP_ID,
                "a user group id like S0123ABCD (not a name or handle)");
        handoffChannelId = optionalMatching("slack.handoff_channel_id", handoffChannelId, CHANNEL_ID, "a channel id like"
                + " C0123ABCD (not a #name: open the channel, click its name, the id is at the bottom)");
        secret("SLACK_BOT_TOKEN", botToken, "xoxb-", "the Bot User OAuth Token from your Slack app's OAuth & Permissions page");
        if (mode == Mode.SOCKET) {
            secret("SLACK_APP_TOKEN", appToken, "xapp-",
                    "an app-level token with the connections:write scope (Basic Information > App-Level Tokens)");
        } else {
            secret("SLACK_SIGNING_SECRET", signingSecret, "", "the signing secret from your Slack app's Basic Information >"
                    + " App Credentials: HTTP mode verifies every request with it");
        }
        if (httpPort < 0 || httpPort > 65_535 || !httpPath.startsWith("/")) {
            throw new IllegalArgumentException("slack.http_port must be 0-65535 and slack.http_path start with '/', got "
                    + httpPort + " and '" + httpPath + "'");
        }
    }

    /** Secrets are shown only as set or unset, so settings are safe in logs and error messages. */
    @Override
    public String toString() {
        return describe(this, "botToken", "appToken", "signingSecret");
    }
}
