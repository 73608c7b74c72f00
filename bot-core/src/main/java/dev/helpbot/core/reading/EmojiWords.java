package dev.helpbot.core.reading;

import java.util.Map;

/**
 * Spells out the few emoji people use instead of words ("👋", "🙏", "👍") in a message of emoji alone, for
 * the classifier only: its tokenizers drop emoji, so "👋" would read as nothing at all. Beside words the
 * emoji add nothing the words don't say ("bye 👋"), so such text is left alone.
 */
final class EmojiWords {

    private static final Map<Integer, String> WORDS = Map.ofEntries(
            Map.entry(0x1F44B, "hi"), Map.entry(0x1F64B, "hi"),
            Map.entry(0x1F44D, "ok"), Map.entry(0x1F44C, "ok"),
            Map.entry(0x1F64F, "thanks"),
            Map.entry(0x1F62D, "ugh"), Map.entry(0x1F629, "ugh"), Map.entry(0x1F624, "ugh"), Map.entry(0x1F621, "ugh"),
            Map.entry(0x1F389, "yay"), Map.entry(0x1F973, "yay"), Map.entry(0x1F64C, "yay"));

    private EmojiWords() {
    }

    static String spelled(String text) {
        if (text.codePoints().anyMatch(Character::isLetter)) {
            return text;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            String word = WORDS.get(codePoint);
            if (word != null && out == null) {
                out = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (out != null) {
                if (word != null) {
                    out.append(' ').append(word).append(' ');
                } else {
                    out.appendCodePoint(codePoint);
                }
            }
            i += Character.charCount(codePoint);
        }
        return out == null ? text : out.toString().strip();
    }
}
