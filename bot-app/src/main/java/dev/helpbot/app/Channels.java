package dev.helpbot.app;

import dev.helpbot.app.config.HelpbotConfig;
import dev.helpbot.core.channel.ChannelRuntime;
import dev.helpbot.core.channel.ChatChannel;
import dev.helpbot.discord.ConversationMode;
import dev.helpbot.discord.DiscordChannel;
import dev.helpbot.discord.DiscordSettings;
import dev.helpbot.slack.SlackChannel;
import dev.helpbot.slack.SlackSettings;
import java.util.ArrayList;
import java.util.List;

/** The channels whose tokens are set, built from the configuration. The only place that knows them all. */
final class Channels {

    private Channels() {
    }

    static List<ChatChannel> fromConfig(HelpbotConfig config, ChannelRuntime runtime) {
        List<ChatChannel> channels = new ArrayList<>();
        HelpbotConfig.Secrets secrets = config.secrets();
        secrets.discordToken().ifPresent(token -> channels.add(new DiscordChannel(discordSettings(config.discord(), token), runtime)));
        secrets.slackBotToken().ifPresent(token -> channels.add(new SlackChannel(slackSettings(config, token), runtime)));
        return channels;
    }

    static DiscordSettings discordSettings(HelpbotConfig.Discord discord, String token) {
        return new DiscordSettings(token, discord.restBaseUrl(), discord.gatewayUrl().orElse(null), discord.guildIds(),
                ConversationMode.parse(discord.conversationMode()), discord.supportRoleId().orElse(null), discord.shards(),
                discord.handoffChannelId().orElse(null), discord.shardIds());
    }

    static SlackSettings slackSettings(HelpbotConfig config, String botToken) {
        HelpbotConfig.Slack slack = config.slack();
        HelpbotConfig.Secrets secrets = config.secrets();
        return new SlackSettings(slack.mode().equals("http") ? SlackSettings.Mode.HTTP : SlackSettings.Mode.SOCKET,
                botToken, secrets.slackAppToken().orElse(null), secrets.slackSigningSecret().orElse(null),
                slack.apiBaseUrl(), slack.httpHost(), slack.httpPort(), slack.httpPath(),
                slack.supportUserGroupId().orElse(null), slack.command(), slack.handoffChannelId().orElse(null));
    }
}
