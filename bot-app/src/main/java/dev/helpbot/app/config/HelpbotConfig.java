package dev.helpbot.app.config;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Every setting, typed and validated. Built by {@link ConfigLoader} from {@code helpbot.yaml}, the
 * file given with {@code --config}, and the environment.
 */
public record HelpbotConfig(Engine engine, Limits limits, Sessions sessions, ContentSettings content, Nlu nlu, Ops ops,
                            Discord discord, Slack slack, Web web, Handoff handoff, Log log, Secrets secrets) {

    public record Engine(double confidenceThreshold, int maxMessageLength, double clarifyThreshold,
                         double clauseThreshold) {
    }

    public record Limits(int userPerMinute, int userBurst, int channelPerMinute, int channelBurst) {
    }

    /** @param deliveryLease with Redis: how long an instance's claim on a platform delivery holds */
    public record Sessions(long maxSessions, Duration idleExpiry, String redisKeyPrefix, Duration deliveryLease) {
    }

    public record Ops(boolean enabled, String host, int port, Duration drainTimeout) {
    }

    /** @param format {@code text} or {@code json} */
    public record Log(String format) {
    }

    public record ContentSettings(Optional<String> directory) {
    }

    /**
     * @param encoderEnabled false runs the n-gram view alone
     * @param cacheDir       empty: a folder per user under java.io.tmpdir
     * @param cachedTexts    encodings of short texts kept in memory
     */
    public record Nlu(boolean encoderEnabled, Optional<String> cacheDir, int cachedTexts) {
    }

    /**
     * @param shardIds     the shards this instance runs, of {@code shards}; empty: every one
     * @param helpForumIds forum channels whose new posts are conversations
     * @param archiveAfter how long after a resolution a help thread is archived; zero: never
     */
    public record Discord(String restBaseUrl, Optional<String> gatewayUrl, List<String> guildIds,
                          String conversationMode, Optional<String> supportRoleId, Optional<String> handoffChannelId,
                          int shards, List<Integer> shardIds, List<String> helpForumIds, Optional<String> forumSolvedTag,
                          Optional<String> forumNeedsStaffTag, Duration archiveAfter) {
    }

    public record Slack(String mode, String apiBaseUrl, String httpHost, int httpPort, String httpPath, String command,
                        Optional<String> supportUserGroupId, Optional<String> handoffChannelId) {
    }

    /**
     * @param staffDesk        {@code slack} or {@code none}: where the web chat's hand-overs go
     * @param sessionPerMinute flood protection per session, as {@link Limits#userPerMinute()} per person elsewhere
     */
    public record Web(boolean enabled, String host, int port, List<String> allowedOrigins, String handoffMessage,
                      String staffDesk, int sessionPerMinute, int sessionBurst, int addressPerMinute, int addressBurst,
                      int maxFrameBytes) {
    }

    /**
     * The support team's side of every channel.
     *
     * @param transcriptTurns the last turns a hand-over note shows
     * @param repingAfter     a note nobody claimed this long pings the team once more; zero: never
     */
    public record Handoff(int transcriptTurns, Duration repingAfter) {
    }

    /** Values that only ever come from the environment. {@link #toString()} never shows them. */
    public record Secrets(Optional<String> discordToken, Optional<String> slackBotToken,
                          Optional<String> slackAppToken, Optional<String> slackSigningSecret,
                          Optional<String> redisUrl, Optional<String> handoffWebhookUrl,
                          Optional<String> handoffWebhookSecret) {

        @Override
        public String toString() {
            return "Secrets[discordToken=" + shown(discordToken) + ", slackBotToken=" + shown(slackBotToken)
                    + ", slackAppToken=" + shown(slackAppToken) + ", slackSigningSecret=" + shown(slackSigningSecret)
                    + ", redisUrl=" + shown(redisUrl) + ", handoffWebhookUrl=" + shown(handoffWebhookUrl)
                    + ", handoffWebhookSecret=" + shown(handoffWebhookSecret) + "]";
        }

        private static String shown(Optional<String> secret) {
            return secret.isPresent() ? "(set)" : "(not set)";
        }
    }
}
