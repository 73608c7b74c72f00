package dev.helpbot.app;

import dev.helpbot.app.config.HelpbotConfig;
import dev.helpbot.core.channel.ChannelRuntime;
import dev.helpbot.core.channel.ChatChannel;
import dev.helpbot.core.channel.HelpForums;
import dev.helpbot.discord.ConversationMode;
import dev.helpbot.discord.DiscordChannel;
import dev.helpbot.discord.DiscordSettings;
import dev.helpbot.slack.SlackChannel;
import dev.helpbot.slack.SlackSettings;
import dev.helpbot.core.channel.SharedDesk;
import dev.helpbot.web.WebChannel;
import dev.helpbot.web.WebSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The channels whose tokens are set, and the web chat when enabled, built from the configuration. The only place
 * that knows them all.
 */
final class Channels {

    private static final Logger LOG = LoggerFactory.getLogger(Channels.class);

    private Channels() {
    }

    static List<ChatChannel> fromConfig(HelpbotConfig config, ChannelRuntime runtime) {
        return fromConfig(config, runtime, runtime);
    }

    /** @param webRuntime the web chat's runtime: the same conversations, behind its limit per session */
    static List<ChatChannel> fromConfig(HelpbotConfig config, ChannelRuntime runtime, ChannelRuntime webRuntime) {
        List<ChatChannel> channels = new ArrayList<>();
        HelpbotConfig.Secrets secrets = config.secrets();
        secrets.discordToken().ifPresent(token -> channels.add(new DiscordChannel(discordSettings(config.discord(), token), runtime)));
        secrets.slackBotToken().ifPresent(token -> channels.add(new SlackChannel(slackSettings(config, token), runtime)));
        if (config.web().enabled()) {
            channels.add(new WebChannel(webSettings(config.web()), webRuntime, staffDesk(config.web(), channels)));
        }
        return channels;
    }

    static WebSettings webSettings(HelpbotConfig.Web web) {
        return new WebSettings(web.host(), web.port(), web.allowedOrigins(), web.handoffMessage(), web.addressPerMinute(),
                web.addressBurst(), web.maxFrameBytes());
    }

    /** Slack's staff channel, when web.staff_desk asks for it and Slack runs with one; otherwise none, said once. */
    private static SharedDesk staffDesk(HelpbotConfig.Web web, List<ChatChannel> channels) {
        Optional<SharedDesk> desk = web.staffDesk().equals("none") ? Optional.empty() : channels.stream()
                .filter(channel -> channel.name().equals(web.staffDesk())).findFirst().flatMap(ChatChannel::sharedDesk);
        if (desk.isEmpty()) {
            LOG.warn("The web chat's hand-overs will reach no one: set web.staff_desk to slack, with SLACK_BOT_TOKEN and"
                    + " slack.handoff_channel_id set");
        }
        return desk.orElse(null);
    }

    static DiscordSettings discordSettings(HelpbotConfig.Discord discord, String token) {
        return new DiscordSettings(token, discord.restBaseUrl(), discord.gatewayUrl().orElse(null), discord.guildIds(),
                ConversationMode.parse(discord.conversationMode()), discord.supportRoleId().orElse(null), discord.shards(),
                discord.handoffChannelId().orElse(null), discord.shardIds(), new HelpForums(discord.helpForumIds(),
                discord.forumSolvedTag().orElse(null), discord.forumNeedsStaffTag().orElse(null), discord.archiveAfter()));
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
