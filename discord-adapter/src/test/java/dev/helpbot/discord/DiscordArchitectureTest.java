package dev.helpbot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import dev.helpbot.core.testing.ChannelRules;
import org.junit.jupiter.api.Test;

/** The Discord channel keeps to the rules every channel proves (bot-core's {@link ChannelRules}). */
class DiscordArchitectureTest {

    private final JavaClasses classes = ChannelRules.mainClassesOf("dev.helpbot.discord");

    @Test
    void discordChannel_usesOnlyTheCoresPublicPackages() {
        ChannelRules.onlyTheCoresPublicApi().check(classes);
    }

    @Test
    void discordChannel_touchesNeitherTheLearnerNorTheEncoderNorCaffeine() {
        ChannelRules.noCoreOnlyLibraries().check(classes);
    }

    @Test
    void importer_sawTheChannel() {
        // Guards the rules above against passing vacuously on an empty import.
        assertThat(classes.contain(DiscordChannel.class)).isTrue();
    }
}
