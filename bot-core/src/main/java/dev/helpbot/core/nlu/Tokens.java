package dev.helpbot.core.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Splits text into lower-case word tokens and spells out contractions and chat shorthand ("won't" ->
 * "will not", "u" -> "you"), so that "didnt work" and "did not work" share their features.
 */
public final class Tokens {

    private static final Map<String, String> EXPANSIONS = Map.ofEntries(
            Map.entry("won't", "will not"), Map.entry("can't", "can not"), Map.entry("cannot", "can not"),
            Map.entry("shan't", "shall not"), Map.entry("i'm", "i am"), Map.entry("im", "i am"),
            Map.entry("let's", "let us"), Map.entry("whats", "what is"), Map.entry("dont", "do not"),
            Map.entry("doesnt", "does not"), Map.entry("didnt", "did not"), Map.entry("cant", "can not"),
            Map.entry("isnt", "is not"), Map.entry("wont", "will not"), Map.entry("ive", "i have"),
            Map.entry("youre", "you are"), Map.entry("thats", "that is"), Map.entry("wanna", "want to"),
            Map.entry("gonna", "going to"), Map.entry("u", "you"), Map.entry("ur", "your"),
            Map.entry("pls", "please"), Map.entry("plz", "please"));

    private Tokens() {
    }

    public static List<String> of(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('`', '\'');
        List<String> tokens = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i <= lower.length(); i++) {
            char c = i < lower.length() ? lower.charAt(i) : ' ';
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '\'') {
                current.append(c);
            } else if (!current.isEmpty()) {
                add(current.toString(), tokens);
                current.setLength(0);
            }
        }
        return tokens;
    }

    private static void add(String token, List<String> tokens) {
        String expansion = EXPANSIONS.get(token);
        if (expansion != null) {
            tokens.addAll(List.of(expansion.split(" ")));
            return;
        }
        if (token.indexOf('\'') < 0) {
            tokens.add(token);
            return;
        }
        String[][] suffixes = {{"n't", "not"}, {"'re", "are"}, {"'ll", "will"}, {"'ve", "have"}, {"'d", "would"}};
        for (String[] suffix : suffixes) {
            if (token.endsWith(suffix[0]) && token.length() > suffix[0].length()) {
                add(token.substring(0, token.length() - suffix[0].length()), tokens);
                tokens.add(suffix[1]);
                return;
            }
        }
        String bare = (token.endsWith("'s") ? token.substring(0, token.length() - 2) : token).replace("'", "");
        if (!bare.isEmpty()) {
            tokens.add(bare);
        }
    }
}
