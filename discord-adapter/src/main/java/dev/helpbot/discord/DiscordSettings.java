package dev.helpbot.discord;

import static dev.helpbot.core.channel.SettingChecks.describe;
import static dev.helpbot.core.channel.SettingChecks.matching;
import static dev.helpbot.core.channel.SettingChecks.optional;
import static dev.helpbot.core.channel.SettingChecks.optionalMatching;
import static dev.helpbot.core.channel.SettingChecks.url;

import dev.helpbot.core.channel.HelpForums;
import dev.helpbot.core.channel.SettingChecks;
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
 * @param shardCount       the total of shards: 0 or 1, one connection; more, that many shards under a ShardManager
 * @param handoffChannelId the channel where hand-over notes go, linking back to the conversation; {@code null}
 *                         posts them in the conversation itself
 * @param shardIds         the shards this instance runs (others run the rest); empty or null: every shard
 * @param forums           help forums, whose new posts start conversations, their tags, and when a resolved thread
 *                         is archived; null for none
 */
public record DiscordSettings(String token, String restBaseUrl, String gatewayUrl, List<String> guildIds,
                              ConversationMode conversationMode, String supportRoleId, int shardCount,
                              String handoffChannelId, List<Integer> shardIds, HelpForums forums) {

    public static final String DEFAULT_REST_BASE_URL = RestConfig.DEFAULT_BASE_URL;

    private static final Pattern SNOWFLAKE = Pattern.compile("\\d{1,20}");
    private static final String IDS = "Discord ids (digits only; right-click > Copy ID with Developer Mode on)";

    public DiscordSettings {
        if (optional(token) == null) {
            throw new IllegalArgumentException("DISCORD_TOKEN is empty: set it to the bot token from the Discord "
                    + "developer portal (Bot > Reset Token)");
        }
        restBaseUrl = url("discord.rest_base_url", Objects.requireNonNullElse(optional(restBaseUrl),
                DEFAULT_REST_BASE_URL), "http://", "https://").replaceFirst("(?<!/)$", "/");
        gatewayUrl = optional(gatewayUrl) == null ? null : url("discord.gateway_url", gatewayUrl, "ws://", "wss://");
        guildIds = guildIds == null ? List.of() : guildIds.stream().map(id -> matching("discord.guild_ids", id, SNOWFLAKE,
                IDS)).toList();
        conversationMode = Objects.requireNonNullElse(conversationMode, ConversationMode.THREAD);
        supportRoleId = optionalMatching("discord.support_role_id", supportRoleId, SNOWFLAKE, IDS);
        handoffChannelId = optionalMatching("discord.handoff_channel_id", handoffChannelId, SNOWFLAKE, IDS);
        forums = Objects.requireNonNullElse(forums, HelpForums.NONE);
        forums.forumIds().forEach(id -> matching("discord.help_forum_ids", id, SNOWFLAKE, IDS));
        if (shardCount < 0) {
            throw new IllegalArgumentException("discord.shards must be 0 or more, got " + shardCount);
        }
        shardIds = SettingChecks.shardIds("discord.shard_ids", shardIds, shardCount);
    }

    @Override
    public String toString() {
        // The token would let anyone who reads a log run the bot: it never appears here.
        return describe(this, "token");
    }
}
