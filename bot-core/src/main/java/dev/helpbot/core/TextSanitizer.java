package dev.helpbot.core;

import java.text.Normalizer;

/**
 * Cleans what people type before anything reads it: Unicode compatibility forms are folded (so
 * full-width letters classify like ASCII), and control, zero-width and bidirectional-override
 * characters are removed because they hide text or reorder what a reader sees.
 */
public final class TextSanitizer {

    private TextSanitizer() {
    }

    public static String clean(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c == '\n' || c == '\t') {
                out.append(c == '\t' ? ' ' : '\n');
            } else if (!isInvisibleOrControl(c)) {
                out.append(c);
            }
        }
        return out.toString().strip();
    }

    private static boolean isInvisibleOrControl(char c) {
        if (Character.isISOControl(c)) {
            return true;
        }
        return (c >= '\u200B' && c <= '\u200F')   // zero-width space/joiners, LRM, RLM
                || (c >= '\u202A' && c <= '\u202E') // embeddings and overrides
                || (c >= '\u2066' && c <= '\u2069') // isolates
                || c == '\u2060' || c == '\uFEFF' || c == '\u061C';
    }
}
