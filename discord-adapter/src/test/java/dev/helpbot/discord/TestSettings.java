package dev.helpbot.discord;

import dev.helpbot.core.channel.HelpForums;
import java.util.List;

/** Settings as tests vary them: one field changed, the rest as given (bot-app builds them whole from the config). */
final class TestSettings {

    private TestSettings() {
    }

    /** Discord's defaults: global command, threads, no support role, one connection. */
    static DiscordSettings withToken(String token) {
        return new DiscordSettings(token, null, null, List.of(), ConversationMode.THREAD, null, 0, null, null, null);
    }

    static DiscordSettings withGuildIds(DiscordSettings s, List<String> ids) {
        return new DiscordSettings(s.token(), s.restBaseUrl(), s.gatewayUrl(), ids, s.conversationMode(), s.supportRoleId(),
                s.shardCount(), s.handoffChannelId(), s.shardIds(), s.forums());
    }

    static DiscordSettings withConversationMode(DiscordSettings s, ConversationMode mode) {
        return new DiscordSettings(s.token(), s.restBaseUrl(), s.gatewayUrl(), s.guildIds(), mode, s.supportRoleId(),
                s.shardCount(), s.handoffChannelId(), s.shardIds(), s.forums());
    }

    /** {@code total} shards, of which this instance runs {@code ids} (every one when empty). */
    static DiscordSettings withShards(DiscordSettings s, int total, List<Integer> ids) {
        return new DiscordSettings(s.token(), s.restBaseUrl(), s.gatewayUrl(), s.guildIds(), s.conversationMode(),
                s.supportRoleId(), total, s.handoffChannelId(), ids, s.forums());
    }

    static DiscordSettings withForums(DiscordSettings s, HelpForums forums) {
        return new DiscordSettings(s.token(), s.restBaseUrl(), s.gatewayUrl(), s.guildIds(), s.conversationMode(),
                s.supportRoleId(), s.shardCount(), s.handoffChannelId(), s.shardIds(), forums);
    }

    static DiscordSettings withHandoffChannelId(DiscordSettings s, String channelId) {
        return new DiscordSettings(s.token(), s.restBaseUrl(), s.gatewayUrl(), s.guildIds(), s.conversationMode(),
                s.supportRoleId(), s.shardCount(), channelId, s.shardIds(), s.forums());
    }
}
