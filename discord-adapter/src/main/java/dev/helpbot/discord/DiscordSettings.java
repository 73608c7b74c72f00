package dev.helpbot.discord;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.requests.RestConfig;

/**
 * How the Discord channel connects and behaves; bot-app fills it from the {@code discord:} section of
 * {@code helpbot.yaml} and the token from {@code DISCORD_TOKEN}. Blank strings count as "not set".
 *
 * @param token            the bot token; never logged, redacted by {@link #toString()}
 * @param restBaseUrl      Discord's REST API, ending in '/'; point it at a rate-limit proxy or, in tests, loopback
 * @param gatewayUrl       the gateway WebSocket URL, or {@code null} to ask Discord for it (the normal case)
 * @param guildIds         guilds to register {@code /backup-help} in; empty registers it globally
 * @param conversationMode where conversations run
 * @param supportRoleId    the role pinged on escalation, or {@code null} to ping nobody
 * @param shardCount       0 or 1: one connection; more: that many shards under a ShardManager
 * @param handoffChannelId the channel where hand-over notes go, linking back to the conversation; {@code null}
 *                         posts them in the conversation itself
 */
public record DiscordSettings(String token, String restBaseUrl, String gatewayUrl, List<String> guildIds,
                              ConversationMode conversationMode, String supportRoleId, int shardCount,
                              String handoffChannelId) {

    public static final String DEFAULT_REST_BASE_URL = RestConfig.DEFAULT_BASE_URL;

    private static final Pattern SNOWFLAKE = Pattern.compile("\\d{1,20}");

    public DiscordSettings {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("DISCORD_TOKEN is empty: set it to the bot token from the Discord "
                    + "developer portal (Bot > Reset Token)");
        }
        restBaseUrl = blankToNull(restBaseUrl) == null ? DEFAULT_REST_BASE_URL : withTrailingSlash(restBaseUrl.strip());
        requireScheme("discord.rest_base_url", restBaseUrl, "http://", "https://");
        gatewayUrl = blankToNull(gatewayUrl);
        if (gatewayUrl != null) {
            requireScheme("discord.gateway_url", gatewayUrl, "ws://", "wss://");
        }
        guildIds = guildIds == null ? List.of() : List.copyOf(guildIds);
        guildIds.forEach(id -> requireSnowflake("discord.guild_ids", id));
        conversationMode = conversationMode == null ? ConversationMode.THREAD : conversationMode;
        supportRoleId = blankToNull(supportRoleId);
        if (supportRoleId != null) {
            requireSnowflake("discord.support_role_id", supportRoleId);
        }
        if (shardCount < 0) {
            throw new IllegalArgumentException("discord.shards must be 0 or more, got " + shardCount);
        }
        handoffChannelId = blankToNull(handoffChannelId);
        if (handoffChannelId != null) {
            requireSnowflake("discord.handoff_channel_id", handoffChannelId);
        }
    }

    /** Without a hand-over channel: notes go in the conversation. Kept for callers written before that setting. */
    public DiscordSettings(String token, String restBaseUrl, String gatewayUrl, List<String> guildIds,
                           ConversationMode conversationMode, String supportRoleId, int shardCount) {
        this(token, restBaseUrl, gatewayUrl, guildIds, conversationMode, supportRoleId, shardCount, null);
    }

    /** Discord's defaults: global command, threads, no support role, one connection. */
    public static DiscordSettings withToken(String token) {
        return new DiscordSettings(token, null, null, List.of(), ConversationMode.THREAD, null, 0, null);
    }

    public DiscordSettings withRestBaseUrl(String url) {
        return new DiscordSettings(token, url, gatewayUrl, guildIds, conversationMode, supportRoleId, shardCount, handoffChannelId);
    }

    public DiscordSettings withGatewayUrl(String url) {
        return new DiscordSettings(token, restBaseUrl, url, guildIds, conversationMode, supportRoleId, shardCount, handoffChannelId);
    }

    public DiscordSettings withGuildIds(List<String> ids) {
        return new DiscordSettings(token, restBaseUrl, gatewayUrl, ids, conversationMode, supportRoleId, shardCount, handoffChannelId);
    }

    public DiscordSettings withConversationMode(ConversationMode mode) {
        return new DiscordSettings(token, restBaseUrl, gatewayUrl, guildIds, mode, supportRoleId, shardCount, handoffChannelId);
    }

    public DiscordSettings withSupportRoleId(String roleId) {
        return new DiscordSettings(token, restBaseUrl, gatewayUrl, guildIds, conversationMode, roleId, shardCount, handoffChannelId);
    }

    public DiscordSettings withShardCount(int shards) {
        return new DiscordSettings(token, restBaseUrl, gatewayUrl, guildIds, conversationMode, supportRoleId, shards, handoffChannelId);
    }

    /** Hand-over notes go to this channel (a staff channel), with a link back to the conversation. */
    public DiscordSettings withHandoffChannelId(String channelId) {
        return new DiscordSettings(token, restBaseUrl, gatewayUrl, guildIds, conversationMode, supportRoleId, shardCount,
                channelId);
    }

    /** True when more than one gateway connection is wanted. */
    public boolean isSharded() {
        return shardCount > 1;
    }

    @Override
    public String toString() {
        // The token would let anyone who reads a log run the bot: it never appears here.
        return "DiscordSettings[token=<redacted>, restBaseUrl=" + restBaseUrl + ", gatewayUrl="
                + Objects.requireNonNullElse(gatewayUrl, "<from Discord>") + ", guildIds=" + guildIds
                + ", conversationMode=" + conversationMode + ", supportRoleId=" + supportRoleId
                + ", shardCount=" + shardCount + ", handoffChannelId=" + handoffChannelId + "]";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String withTrailingSlash(String url) {
        return url.endsWith("/") ? url : url + "/";
    }

    private static void requireScheme(String key, String url, String... schemes) {
        for (String scheme : schemes) {
            if (url.startsWith(scheme)) {
                return;
            }
        }
        throw new IllegalArgumentException(key + " must start with " + String.join(" or ", schemes) + ", got '" + url + "'");
    }

    private static void requireSnowflake(String key, String id) {
        if (id == null || !SNOWFLAKE.matcher(id).matches()) {
            throw new IllegalArgumentException(key + " must hold Discord ids (digits only; right-click > Copy ID "
                    + "with Developer Mode on), got '" + id + "'");
        }
    }
}
