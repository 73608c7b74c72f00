package dev.helpbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChoiceValueTest {

    @Test
    void encode_thenDecode_givesTheSameValue() {
        ChoiceValue value = new ChoiceValue("U0ALICE01", "1700000000.000001", "jump_to_fix:7");

        assertThat(ChoiceValue.decode(value.encode())).contains(value);
    }

    @Test
    void decode_choiceIdContainingTheSeparator_keepsItWhole() {
        assertThat(ChoiceValue.decode("v1|U0ALICE01|main|odd|id")).contains(new ChoiceValue("U0ALICE01", "main", "odd|id"));
    }

    @Test
    void decode_missingPartsOrOtherVersion_isEmpty() {
        assertThat(ChoiceValue.decode(null)).isEmpty();
        assertThat(ChoiceValue.decode("worked:4")).isEmpty();
        assertThat(ChoiceValue.decode("v1|U0ALICE01|main")).isEmpty();
        assertThat(ChoiceValue.decode("v1||main|human")).isEmpty();
        assertThat(ChoiceValue.decode("v9|U0ALICE01|main|human")).isEmpty();
    }
}
