package dev.helpbot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.helpbot.app.config.ConfigException;
import dev.helpbot.app.config.ConfigLoader;
import dev.helpbot.app.config.HelpbotConfig;
import dev.helpbot.core.channel.HandoffWebhook;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** HANDOFF_WEBHOOK_URL and HANDOFF_WEBHOOK_SECRET: the webhook only when both are right, and never a value in an error. */
class HandoffWebhookSettingsTest {

    private static HelpbotConfig.Secrets secrets(Map<String, String> env) {
        return new ConfigLoader(env).load(Optional.empty()).secrets();
    }

    @Test
    void noUrl_noWebhook() {
        assertThat(HelpbotRuntime.webhook(secrets(Map.of("HANDOFF_WEBHOOK_SECRET", "dummy-secret")))).isEmpty();
    }

    @Test
    void urlAndSecret_giveTheWebhook_whichShowsNeither() {
        Optional<HandoffWebhook> webhook = HelpbotRuntime.webhook(secrets(Map.of("HANDOFF_WEBHOOK_URL",
                "https://desk.example.com/hook?token=dummy-url-token", "HANDOFF_WEBHOOK_SECRET", "dummy-secret")));
        try {
            assertThat(webhook).isPresent();
            assertThat(webhook.get().toString()).doesNotContain("dummy-url-token").doesNotContain("dummy-secret");
        } finally {
            webhook.ifPresent(HandoffWebhook::close);
        }
    }

    @Test
    void urlWithoutSecret_stopsStartUp_namingTheSecretsVariable() {
        assertThatThrownBy(() -> HelpbotRuntime.webhook(secrets(Map.of("HANDOFF_WEBHOOK_URL",
                "https://desk.example.com/hook?token=dummy-url-token")))).isInstanceOf(ConfigException.class)
                .hasMessageContaining("HANDOFF_WEBHOOK_SECRET").hasMessageNotContaining("dummy-url-token");
    }

    @Test
    void badUrl_stopsStartUp_withoutShowingIt() {
        assertThatThrownBy(() -> HelpbotRuntime.webhook(secrets(Map.of("HANDOFF_WEBHOOK_URL",
                "https://desk example.com/hook?token=dummy-url-token", "HANDOFF_WEBHOOK_SECRET", "dummy-secret"))))
                .isInstanceOf(ConfigException.class).hasMessageContaining("HANDOFF_WEBHOOK_URL")
                .hasMessageNotContaining("dummy-url-token");
        assertThatThrownBy(() -> HelpbotRuntime.webhook(secrets(Map.of("HANDOFF_WEBHOOK_URL",
                "ftp://desk.example.com/dummy-url-token", "HANDOFF_WEBHOOK_SECRET", "dummy-secret"))))
                .isInstanceOf(ConfigException.class).hasMessageContaining("http(s)").hasMessageNotContaining("dummy-url-token");
    }
}
