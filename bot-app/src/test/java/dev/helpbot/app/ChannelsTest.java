package dev.helpbot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.helpbot.app.config.ConfigLoader;
import dev.helpbot.app.config.HelpbotConfig;
import dev.helpbot.core.TestBots;
import dev.helpbot.core.channel.ChatChannel;
import dev.helpbot.discord.ConversationMode;
import dev.helpbot.discord.DiscordSettings;
import dev.helpbot.slack.SlackSettings;
import dev.helpbot.web.WebSettings;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** helpbot.yaml and the environment reach the adapters' settings unchanged. */
class ChannelsTest {

    private static HelpbotConfig config(Map<String, String> env) {
        return new ConfigLoader(env).load(Optional.empty());
    }

    @Test
    void fromConfig_startsOnlyTheChannelsWhoseTokensAreSet() {
        assertThat(Channels.fromConfig(config(Map.of()), TestBots.channelRuntime())).isEmpty();
        List<ChatChannel> both = Channels.fromConfig(config(Map.of("DISCORD_TOKEN", "dummy-discord",
                "SLACK_BOT_TOKEN", "xoxb-dummy", "SLACK_APP_TOKEN", "xapp-dummy")), TestBots.channelRuntime());
        assertThat(both).extracting(ChatChannel::name).containsExactly("discord", "slack");
    }

    @Test
    void fromConfig_startsTheWebChatWhenEnabled_withoutAnyToken() {
        assertThat(Channels.fromConfig(config(Map.of("HELPBOT_WEB_ENABLED", "true")), TestBots.channelRuntime()))
                .extracting(ChatChannel::name).containsExactly("web");
    }

    @Test
    void fromConfig_givesTheWebChatSlacksStaffChannel_whenSlackHasOne() {
        List<ChatChannel> channels = Channels.fromConfig(config(Map.of("HELPBOT_WEB_ENABLED", "true",
                "SLACK_BOT_TOKEN", "xoxb-dummy", "SLACK_APP_TOKEN", "xapp-dummy", "HELPBOT_SLACK_HANDOFF_CHANNEL_ID",
                "C0STAFF")), TestBots.channelRuntime());
        assertThat(channels).extracting(ChatChannel::name).containsExactly("slack", "web");
        assertThat(channels.get(0).sharedDesk()).isPresent();
    }

    @Test
    void discordSettings_carryTheHelpForumsTheirTagsAndArchiving() {
        HelpbotConfig config = config(Map.of("HELPBOT_DISCORD_HELP_FORUM_IDS", "1111,2222",
                "HELPBOT_DISCORD_FORUM_SOLVED_TAG", "Solved", "HELPBOT_DISCORD_FORUM_NEEDS_STAFF_TAG", "Needs staff",
                "HELPBOT_DISCORD_ARCHIVE_AFTER", "2h", "HELPBOT_DISCORD_CONVERSATION_MODE", "private_thread"));
        DiscordSettings settings = Channels.discordSettings(config.discord(), "dummy-discord");
        assertThat(settings.conversationMode()).isEqualTo(ConversationMode.PRIVATE_THREAD);
        assertThat(settings.forums().forumIds()).containsExactly("1111", "2222");
        assertThat(settings.forums().solvedTag()).isEqualTo("Solved");
        assertThat(settings.forums().needsStaffTag()).isEqualTo("Needs staff");
        assertThat(settings.forums().archiveAfter()).isEqualTo(java.time.Duration.ofHours(2));
    }

    @Test
    void webSettings_carryEveryWebSetting() {
        HelpbotConfig config = config(Map.of("HELPBOT_WEB_HOST", "127.0.0.1", "HELPBOT_WEB_PORT", "9000",
                "HELPBOT_WEB_ALLOWED_ORIGINS", "https://help.example.com,https://docs.example.com",
                "HELPBOT_WEB_HANDOFF_MESSAGE", "We will write.", "HELPBOT_WEB_ADDRESS_PER_MINUTE", "60",
                "HELPBOT_WEB_ADDRESS_BURST", "9", "HELPBOT_WEB_MAX_FRAME_BYTES", "4096", "HELPBOT_WEB_SESSION_PER_MINUTE", "5"));
        WebSettings settings = Channels.webSettings(config.web());
        assertThat(settings.host()).isEqualTo("127.0.0.1");
        assertThat(settings.port()).isEqualTo(9000);
        assertThat(settings.allowedOrigins()).containsExactly("https://help.example.com", "https://docs.example.com");
        assertThat(settings.handoffMessage()).isEqualTo("We will write.");
        assertThat(settings.addressPerMinute()).isEqualTo(60);
        assertThat(settings.addressBurst()).isEqualTo(9);
        assertThat(settings.maxFrameBytes()).isEqualTo(4096);
        assertThat(config.web().sessionPerMinute()).isEqualTo(5);
        assertThat(config.web().port()).as("default, from helpbot.yaml").isNotEqualTo(config.ops().port());
        assertThat(config(Map.of()).web().port()).isEqualTo(WebSettings.DEFAULT_PORT);
    }

    @Test
    void discordSettings_carryEveryDiscordSetting() {
        HelpbotConfig config = config(Map.of("HELPBOT_DISCORD_GUILD_IDS", "111,222",
                "HELPBOT_DISCORD_CONVERSATION_MODE", "ephemeral", "HELPBOT_DISCORD_SUPPORT_ROLE_ID", "5000",
                "HELPBOT_DISCORD_HANDOFF_CHANNEL_ID", "6000", "HELPBOT_DISCORD_SHARDS", "2",
                "HELPBOT_DISCORD_GATEWAY_URL", "ws://127.0.0.1:1"));
        DiscordSettings settings = Channels.discordSettings(config.discord(), "dummy-discord");
        assertThat(settings.guildIds()).containsExactly("111", "222");
        assertThat(settings.conversationMode()).isEqualTo(ConversationMode.EPHEMERAL);
        assertThat(settings.supportRoleId()).isEqualTo("5000");
        assertThat(settings.handoffChannelId()).isEqualTo("6000");
        assertThat(settings.shardCount()).isEqualTo(2);
        assertThat(settings.gatewayUrl()).isEqualTo("ws://127.0.0.1:1");
    }

    @Test
    void discordShardIds_fromTheEnvironmentsCommaList_runOnlyThoseShards() {
        HelpbotConfig config = config(Map.of("HELPBOT_DISCORD_SHARDS", "4", "HELPBOT_DISCORD_SHARD_IDS", "2, 3"));
        DiscordSettings settings = Channels.discordSettings(config.discord(), "dummy-discord");

        assertThat(settings.shardCount()).isEqualTo(4);
        assertThat(settings.shardIds()).containsExactly(2, 3);
        assertThat(Channels.discordSettings(config(Map.of("HELPBOT_DISCORD_SHARDS", "2")).discord(), "dummy-discord")
                .shardIds()).as("none listed: every shard").containsExactly(0, 1);
        assertThatThrownBy(() -> config(Map.of("HELPBOT_DISCORD_SHARD_IDS", "one")))
                .hasMessageContaining("discord.shard_ids").hasMessageContaining("HELPBOT_DISCORD_SHARD_IDS=0,1");
    }

    @Test
    void slackSettings_carryEverySlackSetting() {
        HelpbotConfig config = config(Map.of("SLACK_SIGNING_SECRET", "dummy-secret", "HELPBOT_SLACK_MODE", "http",
                "HELPBOT_SLACK_HTTP_PORT", "4000", "HELPBOT_SLACK_HTTP_PATH", "/hooks/slack",
                "HELPBOT_SLACK_SUPPORT_USER_GROUP_ID", "S0SUPPORT", "HELPBOT_SLACK_HANDOFF_CHANNEL_ID", "C0STAFF",
                "HELPBOT_SLACK_API_BASE_URL", "https://slack-gov.com/api/"));
        SlackSettings settings = Channels.slackSettings(config, "xoxb-dummy");
        assertThat(settings.mode()).isEqualTo(SlackSettings.Mode.HTTP);
        assertThat(settings.httpPort()).isEqualTo(4000);
        assertThat(settings.httpPath()).isEqualTo("/hooks/slack");
        assertThat(settings.supportUserGroupId()).isEqualTo("S0SUPPORT");
        assertThat(settings.handoffChannelId()).isEqualTo("C0STAFF");
        assertThat(settings.apiBaseUrl()).isEqualTo("https://slack-gov.com/api/");
    }
}
