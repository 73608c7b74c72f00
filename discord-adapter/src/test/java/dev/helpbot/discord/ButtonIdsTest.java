package dev.helpbot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ButtonIdsTest {

    @Test
    void decode_ofEncodedId_givesOwnerAndChoiceBack() {
        String id = ButtonIds.encode("123456789012345678", "not_worked:4").orElseThrow();

        assertThat(ButtonIds.decode(id)).contains(new ButtonIds.Decoded("123456789012345678", "not_worked:4"));
    }

    @Test
    void encode_overDiscordsLimit_isEmpty() {
        assertThat(ButtonIds.encode("123456789012345678", "x".repeat(100))).isEmpty();
        assertThat(ButtonIds.encode("123456789012345678", "x".repeat(100 - "hb:123456789012345678:".length())))
                .hasValueSatisfying(id -> assertThat(id).hasSize(ButtonIds.MAX_LENGTH));
    }

    @Test
    void decode_foreignOrMalformedId_isEmpty() {
        assertThat(ButtonIds.decode("some-other-bot:1")).isEmpty();
        assertThat(ButtonIds.decode("hb:")).isEmpty();
        assertThat(ButtonIds.decode("hb:123")).isEmpty();
        assertThat(ButtonIds.decode("hb:123:")).isEmpty();
        assertThat(ButtonIds.decode(null)).isEmpty();
    }
}
