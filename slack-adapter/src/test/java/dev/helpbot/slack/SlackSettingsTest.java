package dev.helpbot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SlackSettingsTest {

    private static final String BOT_TOKEN = "xoxb-dummy";
    private static final String APP_TOKEN = "xapp-dummy";
    private static final String SECRET = "test-signing-secret-not-real";

    @Test
    void socketMode_defaults_areSlacksAndTheBackupHelpCommand() {
        SlackSettings settings = LoopbackSettings.socketMode(BOT_TOKEN, APP_TOKEN);

        assertThat(settings.mode()).isEqualTo(SlackSettings.Mode.SOCKET);
        assertThat(settings.apiBaseUrl()).isEqualTo("https://slack.com/api/");
        assertThat(settings.commandName()).isEqualTo("/backup-help");
        assertThat(settings.httpPath()).isEqualTo("/slack/events");
        assertThat(settings.supportUserGroupId()).isNull();
    }

    @Test
    void toString_withSecrets_showsNoneOfThem() {
        String shown = LoopbackSettings.withApiBaseUrl(LoopbackSettings.httpMode(BOT_TOKEN, SECRET, 3000), "https://slack-gov.com/api").toString();

        assertThat(shown).doesNotContain(BOT_TOKEN).doesNotContain(SECRET).contains("<redacted>").contains("slack-gov.com");
    }

    @Test
    void withApiBaseUrl_withoutTrailingSlash_addsIt() {
        assertThat(LoopbackSettings.withApiBaseUrl(LoopbackSettings.socketMode(BOT_TOKEN, APP_TOKEN), "https://slack-gov.com/api").apiBaseUrl())
                .isEqualTo("https://slack-gov.com/api/");
    }

    @Test
    void new_missingBotToken_namesTheEnvironmentVariable() {
        assertThatThrownBy(() -> LoopbackSettings.socketMode(null, APP_TOKEN))
                .hasMessageContaining("SLACK_BOT_TOKEN is not set");
    }

    @Test
    void new_appTokenGivenAsBotToken_saysWhichPrefixIsExpectedWithoutEchoingIt() {
        assertThatThrownBy(() -> LoopbackSettings.socketMode("xapp-" + "secret-value", APP_TOKEN))
                .hasMessageContaining("must start with 'xoxb-'")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("secret-value"));
    }

    @Test
    void new_socketModeWithoutAppToken_namesSlackAppToken() {
        assertThatThrownBy(() -> LoopbackSettings.socketMode(BOT_TOKEN, " ")).hasMessageContaining("SLACK_APP_TOKEN");
    }

    @Test
    void new_httpModeWithoutSigningSecret_namesSlackSigningSecret() {
        assertThatThrownBy(() -> LoopbackSettings.httpMode(BOT_TOKEN, null, 3000)).hasMessageContaining("SLACK_SIGNING_SECRET");
    }

    @Test
    void supportUserGroupId_aHandleInsteadOfAnId_isRejected() {
        SlackSettings settings = LoopbackSettings.socketMode(BOT_TOKEN, APP_TOKEN);

        assertThatThrownBy(() -> LoopbackSettings.withUserGroup(settings, "@support")).hasMessageContaining("S0123ABCD");
        assertThat(LoopbackSettings.withUserGroup(settings, "S0SUPPORT1").supportUserGroupId()).isEqualTo("S0SUPPORT1");
        assertThat(LoopbackSettings.withUserGroup(settings, "").supportUserGroupId()).isNull();
    }

    @Test
    void withHandoffChannelId_unsetByDefault_channelIdAcceptedNameRejected() {
        SlackSettings settings = LoopbackSettings.socketMode(BOT_TOKEN, APP_TOKEN);

        assertThat(settings.handoffChannelId()).isNull();
        assertThat(LoopbackSettings.withHandoffChannelId(settings, " ").handoffChannelId()).isNull();
        assertThat(LoopbackSettings.withUserGroup(LoopbackSettings.withHandoffChannelId(settings, "C0DESK001"), "S0SUPPORT1").handoffChannelId())
                .isEqualTo("C0DESK001");
        assertThat(LoopbackSettings.withHandoffChannelId(settings, "C0DESK001").toString()).contains("handoffChannelId=C0DESK001");
        assertThatThrownBy(() -> LoopbackSettings.withHandoffChannelId(settings, "#support")).hasMessageContaining("slack.handoff_channel_id");
        assertThatThrownBy(() -> LoopbackSettings.withHandoffChannelId(settings, "D0ALICE01")).hasMessageContaining("slack.handoff_channel_id");
    }

    @Test
    void new_botTokenGivenAsAppToken_namesSlackAppTokenWithoutEchoingIt() {
        assertThatThrownBy(() -> LoopbackSettings.socketMode(BOT_TOKEN, "xoxb-" + "secret-value"))
                .hasMessageContaining("SLACK_APP_TOKEN").hasMessageContaining("'xapp-'")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("secret-value"));
    }

    @Test
    void new_httpModeWithBlankSigningSecret_namesSlackSigningSecret() {
        assertThatThrownBy(() -> LoopbackSettings.httpMode(BOT_TOKEN, "  ", 3000)).hasMessageContaining("SLACK_SIGNING_SECRET");
    }

    @Test
    void new_badPortPathCommandOrUrl_areRejected() {
        SlackSettings settings = LoopbackSettings.httpMode(BOT_TOKEN, SECRET, 3000);

        assertThatThrownBy(() -> LoopbackSettings.httpMode(BOT_TOKEN, SECRET, 70_000)).hasMessageContaining("port");
        assertThatThrownBy(() -> new SlackSettings(SlackSettings.Mode.HTTP, BOT_TOKEN, null, SECRET, null, null, 3000,
                "slack/events", null, null, null)).hasMessageContaining("path");
        assertThatThrownBy(() -> new SlackSettings(SlackSettings.Mode.HTTP, BOT_TOKEN, null, SECRET, null, null, 3000,
                null, null, "backup-help", null)).hasMessageContaining("command");
        assertThatThrownBy(() -> LoopbackSettings.withApiBaseUrl(settings, "ftp://slack.com/api/")).hasMessageContaining("api_base_url");
    }
}
