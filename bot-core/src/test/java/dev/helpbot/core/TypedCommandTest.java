package dev.helpbot.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TypedCommandTest {

    @Test
    void parse_commandWithAndWithoutArguments() {
        assertThat(TypedCommand.parse("/backup-help")).hasValueSatisfying(c -> assertThat(c.arguments()).isEmpty());
        assertThat(TypedCommand.parse("  /Backup-Help   fix 6 ")).hasValueSatisfying(
                c -> assertThat(c.arguments()).isEqualTo("fix 6"));
    }

    @Test
    void parse_otherText_isNotACommand() {
        assertThat(TypedCommand.parse("/backup-helper")).isEmpty();
        assertThat(TypedCommand.parse("use /backup-help")).isEmpty();
        assertThat(TypedCommand.parse("/other fix 4")).isEmpty();
    }

    @Test
    void ofArguments_withOrWithoutTheName() {
        assertThat(TypedCommand.ofArguments("fix 4").arguments()).isEqualTo("fix 4");
        assertThat(TypedCommand.ofArguments("/backup-help fix 4").arguments()).isEqualTo("fix 4");
    }
}
