package dev.helpbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.helpbot.core.ArchitectureTest;
import org.junit.jupiter.api.Test;

/** bot-core's rules that need every module's classes, which only bot-app's classpath holds. */
class ModuleBoundariesTest {

    private static final JavaClasses ALL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.helpbot");

    @Test
    void onlyBotCore_importsTheNluLibraries() {
        assertThat(ALL.contain(Main.class)).isTrue();
        assertThat(ALL.contain(dev.helpbot.discord.DiscordChannel.class)).isTrue();
        assertThat(ALL.contain(dev.helpbot.slack.SlackChannel.class)).isTrue();
        ArchitectureTest.NLU_LIBRARIES_ONLY_IN_CORE.check(ALL);
    }
}
