package dev.helpbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import dev.helpbot.core.testing.ChannelRules;
import org.junit.jupiter.api.Test;

/** The Slack channel keeps to the rules every channel proves (bot-core's {@link ChannelRules}). */
class SlackArchitectureTest {

    private final JavaClasses classes = ChannelRules.mainClassesOf("dev.helpbot.slack");

    @Test
    void slackChannel_usesOnlyTheCoresPublicPackages() {
        ChannelRules.onlyTheCoresPublicApi().check(classes);
    }

    @Test
    void slackChannel_touchesNeitherTheLearnerNorTheEncoderNorCaffeine() {
        ChannelRules.noCoreOnlyLibraries().check(classes);
    }

    @Test
    void importer_sawTheChannel() {
        // Guards the rules above against passing vacuously on an empty import.
        assertThat(classes.contain(SlackChannel.class)).isTrue();
    }
}
