package dev.helpbot.core.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ChoiceTokenTest {

    @Test
    void encode_thenDecode_givesTheSameToken() {
        ChoiceToken token = new ChoiceToken("U0ALICE01", "1700000000.000001", "not_worked:4");

        assertThat(ChoiceToken.decode(token.encode())).contains(token);
        assertThat(ChoiceToken.decode(ChoiceToken.of("123456789012345678", "human").encode()))
                .contains(new ChoiceToken("123456789012345678", ChoiceToken.NO_PLACE, "human"));
    }

    @Test
    void decode_choiceIdContainingTheSeparator_keepsItWhole() {
        assertThat(ChoiceToken.decode("hb1|U0ALICE01|main|odd|id")).contains(new ChoiceToken("U0ALICE01", "main", "odd|id"));
    }

    @Test
    void decode_tokensWrittenBeforeTheSharedCodec_stillWork() {
        // Buttons already posted keep working across the upgrade.
        assertThat(ChoiceToken.decode("hb:123456789012345678:not_worked:4"))
                .contains(ChoiceToken.of("123456789012345678", "not_worked:4"));
        assertThat(ChoiceToken.decode("v1|U0ALICE01|1700000000.000001|worked:4"))
                .contains(new ChoiceToken("U0ALICE01", "1700000000.000001", "worked:4"));
    }

    @Test
    void decode_foreignOrMalformed_isEmpty() {
        assertThat(ChoiceToken.decode(null)).isEmpty();
        assertThat(ChoiceToken.decode("some-other-bot:1")).isEmpty();
        assertThat(ChoiceToken.decode("worked:4")).isEmpty();
        assertThat(ChoiceToken.decode("hb1|U0ALICE01|main")).isEmpty();
        assertThat(ChoiceToken.decode("hb1||main|human")).isEmpty();
        assertThat(ChoiceToken.decode("hb1|U0ALICE01|main|")).isEmpty();
        assertThat(ChoiceToken.decode("v9|U0ALICE01|main|human")).isEmpty();
        assertThat(ChoiceToken.decode("hb:")).isEmpty();
        assertThat(ChoiceToken.decode("hb:123")).isEmpty();
        assertThat(ChoiceToken.decode("hb:123:")).isEmpty();
    }

    @Test
    void encode_overThePlatformsLimit_isEmpty() {
        ChoiceToken fits = ChoiceToken.of("123456789012345678", "x".repeat(100 - "hb1|123456789012345678|-|".length()));

        assertThat(fits.encode(100)).hasValueSatisfying(id -> assertThat(id).hasSize(100));
        assertThat(ChoiceToken.of("123456789012345678", "x".repeat(100)).encode(100)).isEmpty();
    }

    @Test
    void newToken_withSeparatorInOwnerOrPlace_isRefused() {
        assertThatThrownBy(() -> new ChoiceToken("U|1", "main", "human")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ChoiceToken("U1", "a|b", "human")).isInstanceOf(IllegalArgumentException.class);
    }
}
