package dev.helpbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import dev.helpbot.core.testing.ChannelRules;
import org.junit.jupiter.api.Test;

/** The web chat keeps to the rules every channel proves (bot-core's {@link ChannelRules}). */
class WebArchitectureTest {

    private final JavaClasses classes = ChannelRules.mainClassesOf("dev.helpbot.web");

    @Test
    void webChannel_usesOnlyTheCoresPublicPackages() {
        ChannelRules.onlyTheCoresPublicApi().check(classes);
    }

    @Test
    void webChannel_touchesNeitherTheLearnerNorTheEncoderNorCaffeine() {
        ChannelRules.noCoreOnlyLibraries().check(classes);
    }

    @Test
    void importer_sawTheChannel() {
        // Guards the rules above against passing vacuously on an empty import.
        assertThat(classes.contain(WebChannel.class)).isTrue();
    }
}
