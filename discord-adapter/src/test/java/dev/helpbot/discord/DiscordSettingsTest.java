package dev.helpbot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DiscordSettingsTest {

    private static final String TOKEN = "MTIz.secret-token-value";

    @Test
    void withToken_defaults_pointAtDiscordWithThreadsAndGlobalCommand() {
        DiscordSettings settings = TestSettings.withToken(TOKEN);

        assertThat(settings.restBaseUrl()).isEqualTo("https://discord.com/api/v10/");
        assertThat(settings.gatewayUrl()).isNull();
        assertThat(settings.guildIds()).isEmpty();
        assertThat(settings.conversationMode()).isEqualTo(ConversationMode.THREAD);
        assertThat(settings.supportRoleId()).isNull();
        assertThat(settings.shardCount()).as("one connection").isZero();
    }

    @Test
    void toString_always_redactsTheToken() {
        DiscordSettings settings = settings(TOKEN, null, null, "42");

        assertThat(settings.toString()).doesNotContain(TOKEN).doesNotContain("secret").contains("<redacted>", "42");
    }

    @Test
    void constructor_blankOptionalStrings_meanNotSet() {
        DiscordSettings settings = new DiscordSettings(TOKEN, " ", "", null, null, "", 0, " ", null, null);

        assertThat(settings.restBaseUrl()).isEqualTo(DiscordSettings.DEFAULT_REST_BASE_URL);
        assertThat(settings.gatewayUrl()).isNull();
        assertThat(settings.supportRoleId()).isNull();
    }

    @Test
    void restBaseUrl_withoutTrailingSlash_getsOne() {
        assertThat(settings(TOKEN, "http://127.0.0.1:8080/api/v10", null, null).restBaseUrl())
                .isEqualTo("http://127.0.0.1:8080/api/v10/");
    }

    @Test
    void constructor_badValues_failNamingTheKey() {
        DiscordSettings base = TestSettings.withToken(TOKEN);

        assertThatThrownBy(() -> settings(TOKEN, null, null, "@Support")).hasMessageContaining("discord.support_role_id");
        assertThatThrownBy(() -> TestSettings.withGuildIds(base, List.of("my server"))).hasMessageContaining("discord.guild_ids");
        assertThatThrownBy(() -> settings(TOKEN, null, "http://gateway", null)).hasMessageContaining("discord.gateway_url");
        assertThatThrownBy(() -> TestSettings.withShards(base, -1, List.of())).hasMessageContaining("discord.shards");
        assertThatThrownBy(() -> TestSettings.withToken(" ")).hasMessageContaining("DISCORD_TOKEN");
    }

    @Test
    void shardIds_noneListed_meansEveryShard_andEachMustBeBelowTheTotal() {
        DiscordSettings base = TestSettings.withToken(TOKEN);

        assertThat(base.shardIds()).containsExactly(0);
        assertThat(TestSettings.withShards(base, 4, List.of()).shardIds()).containsExactly(0, 1, 2, 3);
        assertThat(TestSettings.withShards(base, 4, List.of(3, 1, 1)).shardIds()).containsExactly(1, 3);
        assertThatThrownBy(() -> TestSettings.withShards(base, 2, List.of(2))).hasMessageContaining("discord.shard_ids")
                .hasMessageContaining("0 to 1");
        assertThatThrownBy(() -> TestSettings.withShards(base, 0, List.of(1))).hasMessageContaining("discord.shard_ids");
    }

    @Test
    void withHandoffChannelId_unsetByDefault_digitsAcceptedOtherwiseFailsNamingTheKey() {
        DiscordSettings base = TestSettings.withToken(TOKEN);

        assertThat(base.handoffChannelId()).isNull();
        assertThat(TestSettings.withHandoffChannelId(base, " ").handoffChannelId()).isNull();
        assertThat(TestSettings.withHandoffChannelId(settings(TOKEN, null, null, "42"), "3001").handoffChannelId()).isEqualTo("3001");
        assertThat(TestSettings.withHandoffChannelId(base, "3001").toString()).contains("handoffChannelId=3001");
        assertThatThrownBy(() -> TestSettings.withHandoffChannelId(base, "#support")).hasMessageContaining("discord.handoff_channel_id");
    }

    @Test
    void constructor_withoutHandoffChannel_keepsNotesInTheConversation() {
        assertThat(new DiscordSettings(TOKEN, null, null, null, null, null, 0, null, null, null).handoffChannelId()).isNull();
    }

    @Test
    void parse_conversationModeInAnyCase_isRead() {
        assertThat(ConversationMode.parse(" Ephemeral ")).isEqualTo(ConversationMode.EPHEMERAL);
        assertThatThrownBy(() -> ConversationMode.parse("threads")).hasMessageContaining("discord.conversation_mode");
    }

    private static DiscordSettings settings(String token, String restBaseUrl, String gatewayUrl, String supportRoleId) {
        return new DiscordSettings(token, restBaseUrl, gatewayUrl, null, null, supportRoleId, 0, null, null, null);
    }
}
