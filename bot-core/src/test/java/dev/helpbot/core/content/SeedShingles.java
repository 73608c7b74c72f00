package dev.helpbot.core.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Hashed 8-word shingles, so a test can tell that the bot's sentences share no run of eight words with
 * the seed article without the repository holding the article. Text is normalised (web addresses
 * dropped, as an address is not prose; lower case; the apostrophes of "you're" dropped; anything but
 * letters and digits a space; numbers alone dropped, as the seed's list numbers would split its
 * sentences), and every window of {@value #WINDOW} words is hashed with SHA-256, of which the first
 * {@value #HEX_CHARS} hex digits are kept.
 *
 * <p>Only the JDK is used, so the hash file is made by running this source file directly:
 * <pre>java bot-core/src/test/java/dev/helpbot/core/content/SeedShingles.java /work/shared/seed/*.txt \
 *     &gt; bot-core/src/test/resources/seed-shingles.txt</pre>
 */
public final class SeedShingles {

    public static final int WINDOW = 8;
    /** 64 bits: a chance collision among a few thousand shingles is far below one in a billion. */
    static final int HEX_CHARS = 16;
    /** Up to a closing bracket, quote or space, so "[label](https://...)" keeps its label. */
    private static final Pattern URL = Pattern.compile("(?:https?:)?//[^\\s)\"]+");

    private SeedShingles() {
    }

    /** The words of {@code text}, normalised the same way for the seed and for our content. */
    public static List<String> words(String text) {
        String lower = URL.matcher(text).replaceAll(" ").toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'').replace("'", "");
        return Arrays.stream(lower.split("[^a-z0-9]+"))
                .filter(word -> !word.isEmpty() && !word.chars().allMatch(Character::isDigit))
                .toList();
    }

    /** The hash of one window of words. */
    public static String hash(List<String> window) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(String.join(" ", window).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, HEX_CHARS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** Every window of {@value #WINDOW} words in {@code words}, in order; none when there are fewer. */
    public static List<List<String>> windows(List<String> words) {
        List<List<String>> windows = new ArrayList<>();
        for (int i = 0; i + WINDOW <= words.size(); i++) {
            windows.add(words.subList(i, i + WINDOW));
        }
        return windows;
    }

    /** Prints the sorted, distinct hashes of every window of the given files, after a header saying how. */
    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: java SeedShingles.java SEED_FILE... > seed-shingles.txt");
            System.exit(2);
        }
        TreeSet<String> hashes = new TreeSet<>();
        for (String file : args) {
            for (List<String> window : windows(words(Files.readString(Path.of(file))))) {
                hashes.add(hash(window));
            }
        }
        System.out.println("# SHA-256 prefixes (" + HEX_CHARS + " hex digits) of every normalised " + WINDOW
                + "-word window of the seed article; no text of it.");
        System.out.println("# Made by: java bot-core/src/test/java/dev/helpbot/core/content/SeedShingles.java "
                + "/work/shared/seed/*.txt > bot-core/src/test/resources/seed-shingles.txt");
        hashes.forEach(System.out::println);
    }
}
