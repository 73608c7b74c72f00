package dev.helpbot.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    @TempDir
    Path folder;

    private HelpbotConfig load(String yaml, Map<String, String> env) throws IOException {
        Path file = folder.resolve("helpbot.yaml");
        Files.writeString(file, yaml);
        return new ConfigLoader(env).load(Optional.of(file));
    }

    @Test
    void load_noFile_givesTheDocumentedDefaults() {
        HelpbotConfig config = new ConfigLoader(Map.of()).load(Optional.empty());
        assertThat(config.engine().confidenceThreshold()).isEqualTo(0.25);
        assertThat(config.engine().maxMessageLength()).isEqualTo(2000);
        assertThat(config.sessions().idleExpiry()).isEqualTo(Duration.ofDays(7));
        assertThat(config.discord().conversationMode()).isEqualTo("thread");
        assertThat(config.slack().mode()).isEqualTo("socket");
        assertThat(config.secrets().discordToken()).isEmpty();
    }

    @Test
    void load_supportTeamSettings_defaultsOff_andReadFromFileAndEnvironment() throws IOException {
        HelpbotConfig defaults = new ConfigLoader(Map.of()).load(Optional.empty());
        assertThat(defaults.handoff().transcriptTurns()).isEqualTo(8);
        assertThat(defaults.handoff().repingAfter()).isZero();
        assertThat(defaults.discord().helpForumIds()).isEmpty();
        assertThat(defaults.discord().archiveAfter()).isZero();
        assertThat(defaults.secrets().handoffWebhookUrl()).isEmpty();

        HelpbotConfig config = load("handoff:\n  transcript_turns: 4\n  reping_after: 15m\ndiscord:\n"
                + "  conversation_mode: private_thread\n  forum_solved_tag: Solved\n  archive_after: 1d\n",
                Map.of("HELPBOT_DISCORD_HELP_FORUM_IDS", "111,222", "HANDOFF_WEBHOOK_URL",
                        "https://desk.example.com/hook?token=dummy-url-token", "HANDOFF_WEBHOOK_SECRET", "dummy-hook-secret"));
        assertThat(config.handoff().transcriptTurns()).isEqualTo(4);
        assertThat(config.handoff().repingAfter()).isEqualTo(Duration.ofMinutes(15));
        assertThat(config.discord().conversationMode()).isEqualTo("private_thread");
        assertThat(config.discord().helpForumIds()).containsExactly("111", "222");
        assertThat(config.discord().forumSolvedTag()).hasValue("Solved");
        assertThat(config.discord().forumNeedsStaffTag()).isEmpty();
        assertThat(config.discord().archiveAfter()).isEqualTo(Duration.ofDays(1));
        assertThat(config.secrets().handoffWebhookUrl()).hasValue("https://desk.example.com/hook?token=dummy-url-token");
        assertThat(config.toString()).doesNotContain("dummy-url-token").doesNotContain("dummy-hook-secret")
                .contains("handoffWebhookUrl=(set)", "handoffWebhookSecret=(set)");
    }

    @Test
    void load_webhookUrlInFile_isRefused_likeEverySecret() {
        assertThatThrownBy(() -> load("handoff:\n  webhook_url: https://desk.example.com/hook\n", Map.of()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("HANDOFF_WEBHOOK_URL");
    }

    @Test
    void load_fileOverridesOnlyWhatItNames() throws IOException {
        HelpbotConfig config = load("engine:\n  confidence_threshold: 0.5\nsessions:\n  idle_expiry: 30m\n", Map.of());
        assertThat(config.engine().confidenceThreshold()).isEqualTo(0.5);
        assertThat(config.engine().maxMessageLength()).isEqualTo(2000);
        assertThat(config.sessions().idleExpiry()).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void load_environmentWinsOverFile() throws IOException {
        HelpbotConfig config = load("engine:\n  confidence_threshold: 0.5\n",
                Map.of("HELPBOT_ENGINE_CONFIDENCE_THRESHOLD", "0.42", "HELPBOT_DISCORD_GUILD_IDS", "1, 2"));
        assertThat(config.engine().confidenceThreshold()).isEqualTo(0.42);
        assertThat(config.discord().guildIds()).containsExactly("1", "2");
    }

    @Test
    void load_secretsComeFromTheEnvironmentAndNeverPrint() {
        HelpbotConfig config = new ConfigLoader(Map.of("DISCORD_TOKEN", "dummy-discord-token-value"))
                .load(Optional.empty());
        assertThat(config.secrets().discordToken()).hasValue("dummy-discord-token-value");
        assertThat(config.toString()).doesNotContain("dummy-discord-token-value").contains("discordToken=(set)");
    }

    @Test
    void load_unknownKey_namesKeyFileAndTheKnownOnes() {
        assertThatThrownBy(() -> load("engine:\n  confidence_treshold: 0.5\n", Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("helpbot.yaml: engine.confidence_treshold: is not a setting helpbot knows")
                .hasMessageContaining("confidence_threshold");
    }

    @Test
    void load_secretInFile_isRefusedWithTheVariableToUse() {
        assertThatThrownBy(() -> load("slack:\n  signing_secret: abc\n", Map.of()))
                .hasMessageContaining("slack.signing_secret: secrets are not read from files")
                .hasMessageContaining("SLACK_SIGNING_SECRET");
    }

    @Test
    void load_wrongType_saysWhatWasExpected() {
        assertThatThrownBy(() -> load("engine:\n  max_message_length: lots\n", Map.of()))
                .hasMessageContaining("engine.max_message_length: expected a number, got '\"lots\"'");
    }

    @Test
    void load_outOfRange_givesTheRange() {
        assertThatThrownBy(() -> load("engine:\n  confidence_threshold: 3\n", Map.of()))
                .hasMessageContaining("engine.confidence_threshold").hasMessageContaining("from 0 to 0.99");
    }

    @Test
    void load_badChoice_listsTheValidOnes() {
        assertThatThrownBy(() -> load("discord:\n  conversation_mode: popup\n", Map.of()))
                .hasMessageContaining("discord.conversation_mode: 'popup' is not a valid choice")
                .hasMessageContaining("ephemeral, inline, private_thread, thread");
    }

    @Test
    void load_badDuration_showsTheFormat() {
        assertThatThrownBy(() -> load("sessions:\n  idle_expiry: forever\n", Map.of()))
                .hasMessageContaining("sessions.idle_expiry").hasMessageContaining("30s, 15m, 24h or 7d");
    }

    @Test
    void load_badNumberInEnvironment_namesTheVariable() {
        assertThatThrownBy(() -> new ConfigLoader(Map.of("HELPBOT_SLACK_HTTP_PORT", "eighty")).load(Optional.empty()))
                .hasMessageContaining("environment: HELPBOT_SLACK_HTTP_PORT: 'eighty' is not a number");
    }

    @Test
    void load_malformedYaml_saysSo() {
        assertThatThrownBy(() -> load("engine: [unclosed\n", Map.of())).hasMessageContaining("is not valid YAML");
    }

    @Test
    void load_missingFile_saysSo() {
        assertThatThrownBy(() -> new ConfigLoader(Map.of()).load(Optional.of(folder.resolve("nope.yaml"))))
                .hasMessageContaining("nope.yaml: (file): not found");
    }

    @Test
    void load_emptyFile_isAllDefaults() throws IOException {
        assertThat(load("", Map.of()).engine().maxMessageLength()).isEqualTo(2000);
    }
}
