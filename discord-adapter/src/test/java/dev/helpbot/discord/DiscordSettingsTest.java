package dev.helpbot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DiscordSettingsTest {

    private static final String TOKEN = "MTIz.secret-token-value";

    @Test
    void withToken_defaults_pointAtDiscordWithThreadsAndGlobalCommand() {
        DiscordSettings settings = DiscordSettings.withToken(TOKEN);

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
        DiscordSettings base = DiscordSettings.withToken(TOKEN);

        assertThatThrownBy(() -> settings(TOKEN, null, null, "@Support")).hasMessageContaining("discord.support_role_id");
        assertThatThrownBy(() -> base.withGuildIds(List.of("my server"))).hasMessageContaining("discord.guild_ids");
        assertThatThrownBy(() -> settings(TOKEN, null, "http://gateway", null)).hasMessageContaining("discord.gateway_url");
        assertThatThrownBy(() -> base.withShards(-1, List.of())).hasMessageContaining("discord.shards");
        assertThatThrownBy(() -> DiscordSettings.withToken(" ")).hasMessageContaining("DISCORD_TOKEN");
    }

    @Test
    void shardIds_noneListed_meansEveryShard_andEachMustBeBelowTheTotal() {
        DiscordSettings base = DiscordSettings.withToken(TOKEN);

        assertThat(base.shardIds()).containsExactly(0);
        assertThat(base.withShards(4, List.of()).shardIds()).containsExactly(0, 1, 2, 3);
        assertThat(base.withShards(4, List.of(3, 1, 1)).shardIds()).containsExactly(1, 3);
        assertThatThrownBy(() -> base.withShards(2, List.of(2))).hasMessageContaining("discord.shard_ids")
                .hasMessageContaining("0 to 1");
        assertThatThrownBy(() -> base.withShards(0, List.of(1))).hasMessageContaining("discord.shard_ids");
    }

    @Test
    void withHandoffChannelId_unsetByDefault_digitsAcceptedOtherwiseFailsNamingTheKey() {
        DiscordSettings base = DiscordSettings.withToken(TOKEN);

        assertThat(base.handoffChannelId()).isNull();
        assertThat(base.withHandoffChannelId(" ").handoffChannelId()).isNull();
        assertThat(settings(TOKEN, null, null, "42").withHandoffChannelId("3001").handoffChannelId()).isEqualTo("3001");
        assertThat(base.withHandoffChannelId("3001").toString()).contains("handoffChannelId=3001");
        assertThatThrownBy(() -> base.withHandoffChannelId("#support")).hasMessageContaining("discord.handoff_channel_id");
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
