package dev.helpbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import dev.helpbot.core.testing.ChannelRules;
import dev.helpbot.discord.DiscordChannel;
import dev.helpbot.slack.SlackChannel;
import dev.helpbot.web.WebChannel;
import org.junit.jupiter.api.Test;

/**
 * Across every module bot-app puts together (the app and the three adapters): nothing but bot-core imports OpenNLP,
 * the sentence encoder's runtimes (ONNX Runtime, DJL, LangChain4j) or Caffeine.
 */
class ModuleBoundariesTest {

    private final JavaClasses everything = ChannelRules.mainClassesOf("dev.helpbot");

    @Test
    void outsideBotCore_nothingImportsTheLearnerTheEncoderOrCaffeine() {
        ChannelRules.noCoreOnlyLibraries().check(everything);
    }

    @Test
    void importer_sawTheAppAndBothAdapters() {
        assertThat(everything.contain(HelpbotRuntime.class)).isTrue();
        assertThat(everything.contain(DiscordChannel.class)).isTrue();
        assertThat(everything.contain(SlackChannel.class)).isTrue();
        assertThat(everything.contain(WebChannel.class)).isTrue();
    }
}
