package dev.helpbot.core.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlatformTextTest {

    private static final String EMOJI = "\uD83D\uDCF1"; // 📱, two UTF-16 units

    @Test
    void defused_breaksMentionsAndBareAddresses_once() {
        assertThat(PlatformText.defused("@everyone see https://x.io")).isEqualTo("@\u200Beveryone see https:\u200B//x.io");
        assertThat(PlatformText.defused("@\u200Bhere")).isEqualTo("@\u200Bhere");
    }

    @Test
    void regression_truncateAtAnEmoji_neverCutsItInHalf() {
        String label = "x".repeat(78) + EMOJI + "tail";

        String cut = PlatformText.truncate(label, 80);

        assertThat(cut).hasSizeLessThanOrEqualTo(80).endsWith("…").doesNotContain("\uD83D\u2026");
        assertThat(cut.codePoints().allMatch(Character::isValidCodePoint)).isTrue();
        assertThat(hasLoneSurrogate(cut)).isFalse();
    }

    @Test
    void truncate_shortText_isUnchanged() {
        assertThat(PlatformText.truncate("Start with fix 1", 80)).isEqualTo("Start with fix 1");
    }

    @Test
    void regression_splitOneLongLineOfEmoji_keepsEveryEmojiWhole() {
        String text = EMOJI.repeat(1500); // 3000 units, no line break

        List<String> parts = PlatformText.split(text, 2001);

        assertThat(parts).allSatisfy(part -> {
            assertThat(part.length()).isLessThanOrEqualTo(2001);
            assertThat(hasLoneSurrogate(part)).isFalse();
        });
        assertThat(String.join("", parts)).isEqualTo(text);
    }

    @Test
    void split_atLineBreaksFirst_andDropsBlankParts() {
        String text = "a".repeat(10) + "\n" + "b".repeat(10) + "\n\n" + "c".repeat(5);

        assertThat(PlatformText.split(text, 12)).containsExactly("a".repeat(10), "b".repeat(10), "c".repeat(5));
    }

    @Test
    void split_neverSeparatesAnEscapeOrAnEntity() {
        assertThat(PlatformText.split("aaaa\\*bbb", 5)).containsExactly("aaaa", "\\*bbb");
        assertThat(PlatformText.split("aa&amp;bbb", 5)).containsExactly("aa", "&amp;", "bbb");
    }

    private static boolean hasLoneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1)))) {
                return true;
            }
            if (Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)))) {
                return true;
            }
        }
        return false;
    }
}
