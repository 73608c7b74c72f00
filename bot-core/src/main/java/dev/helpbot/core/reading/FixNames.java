package dev.helpbot.core.reading;

import dev.helpbot.core.content.Fix;
import dev.helpbot.core.content.Playbook;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the fix a person asks for by name ("show me the update one") from each fix's {@code also_called} words. */
final class FixNames {

    private final List<Name> names = new ArrayList<>();
    /** Each name as a thing done: "restarted", "signed out", "updated". */
    private final List<Name> doneNames = new ArrayList<>();
    /** What names no fix though it holds a name: "reset network settings" is not the reset fix. */
    private final List<String> notNames = new ArrayList<>();

    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}' ]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LEADING_FILLER = Pattern.compile(
            "^(?:(?:ok|okay|so|just|lets|let's|can we|can you|how do i|how to)\\s+)+");
    /** Each fix's title as people type it, lower case with no punctuation, by fix number. */
    private final List<Map.Entry<String, Integer>> titles = new ArrayList<>();
    private final int shortestTitle;

    FixNames(Playbook playbook) {
        for (Fix fix : playbook.fixes()) {
            titles.add(Map.entry(plain(fix.title()), fix.number()));
            notNames.addAll(fix.notCalled());
            for (String name : fix.alsoCalled()) {
                names.add(new Name(Pattern.compile("\\b" + Pattern.quote(name) + "\\b"), name.length(), fix.number()));
                doneNames.add(new Name(asDone(name), name.length(), fix.number()));
            }
        }
        shortestTitle = titles.stream().mapToInt(title -> title.getKey().length()).min().orElse(0);
        // The longest name wins: "reset all settings" before "settings".
        names.sort(Comparator.comparingInt(Name::length).reversed());
        doneNames.sort(Comparator.comparingInt(Name::length).reversed());
    }

    OptionalInt find(String text) {
        return findLast(text).map(named -> OptionalInt.of(named.fix())).orElse(OptionalInt.empty());
    }

    /** The fix named last in {@code text}, and where; the longest name wins where names overlap. */
    Optional<Named> findLast(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String notName : notNames) {
            lower = lower.replace(notName, " ".repeat(notName.length()));
        }
        Named last = null;
        for (Name name : names) {
            Matcher matcher = name.pattern.matcher(lower);
            while (matcher.find()) {
                if (last == null || matcher.start() > last.at() + last.length()) {
                    last = new Named(name.fix, matcher.start(), name.length);
                }
            }
        }
        return Optional.ofNullable(last);
    }

    /** Where the first name of a second, different fix starts, when the text names two fixes. */
    Optional<Integer> secondNameAt(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        Named first = null;
        for (Name name : names) {
            Matcher matcher = name.pattern.matcher(lower);
            if (matcher.find() && (first == null || matcher.start() < first.at())) {
                first = new Named(name.fix, matcher.start(), name.length);
            }
        }
        if (first == null) {
            return Optional.empty();
        }
        Integer second = null;
        for (Name name : names) {
            Matcher matcher = name.pattern.matcher(lower);
            while (matcher.find()) {
                if (name.fix != first.fix() && matcher.start() >= first.at() + first.length()
                        && (second == null || matcher.start() < second)) {
                    second = matcher.start();
                }
            }
        }
        return Optional.ofNullable(second);
    }

    /** The fix whose name is used as a thing done ("restarted, no change"), if one is. */
    OptionalInt findDone(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (Name name : doneNames) {
            if (name.pattern.matcher(lower).find()) {
                return OptionalInt.of(name.fix);
            }
        }
        return OptionalInt.empty();
    }

    /** "restart" done is "restarted"; "sign out" done is "signed out"; "log out", "logged out". */
    private static Pattern asDone(String name) {
        int space = name.indexOf(' ');
        String verb = space < 0 ? name : name.substring(0, space);
        String rest = space < 0 ? "" : name.substring(space);
        String doubled = verb + verb.charAt(verb.length() - 1);
        return Pattern.compile("\\b(?:" + Pattern.quote(verb) + "e?d|" + Pattern.quote(doubled)
                + "ed)" + Pattern.quote(rest) + "\\b");
    }

    /**
     * The fix {@code text} asks for by name: by its title, or "pull up the update one". The title of the fix on
     * screen is what was done: "reset all settings, still no backup".
     */
    OptionalInt askedFor(String text, int fixOnScreen) {
        OptionalInt titled = titled(text);
        titled = titled.isPresent() && titled.getAsInt() == fixOnScreen ? OptionalInt.empty() : titled;
        return titled.isPresent() || !Phrasings.ASKS_FOR_ONE.matcher(text).find() ? titled : find(text);
    }

    /**
     * "sign out of icloud and back in how": a message that opens with a fix's whole title asks for that fix,
     * whatever its words resemble (signing out done is a fact).
     */
    private OptionalInt titled(String text) {
        if (text.length() < shortestTitle) {
            return OptionalInt.empty();
        }
        String typed = LEADING_FILLER.matcher(plain(text)).replaceFirst("");
        return titles.stream().filter(title -> typed.equals(title.getKey()) || typed.startsWith(title.getKey() + " "))
                .mapToInt(Map.Entry::getValue).findFirst();
    }

    private static String plain(String text) {
        return SPACES.matcher(NOT_A_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ")).replaceAll(" ").strip();
    }

    /** A fix found by name, at {@code at} in the text. */
    record Named(int fix, int at, int length) {
    }

    private record Name(Pattern pattern, int length, int fix) {
    }
}
