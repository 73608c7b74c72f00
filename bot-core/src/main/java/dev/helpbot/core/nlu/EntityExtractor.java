package dev.helpbot.core.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the iPhone model, iOS version, fix and step numbers, storage figures and other devices in free
 * text with patterns. Numbers alone are ambiguous ("fix 8" versus "my 8"), so a number counts as a
 * model only after a word that introduces a phone, or when the caller says the bot has just asked for
 * the model. "Step 2" is a step of the fix on screen, never fix 2.
 */
public final class EntityExtractor {

    /** A message names a handful of figures at most; more would only bloat the session. */
    private static final int MAX_FIGURES = 3;
    private static final List<String> NUMBER_WORDS =
            List.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine");
    private static final List<String> ORDINAL_WORDS =
            List.of("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth");

    /** Which iPhone SE: by ordinal ("2nd gen"), by year (2020) or by number ("se 3"). */
    private static final String ORDINAL = "(1st|first|2nd|second|3rd|third)";
    private static final Pattern SE_WITH_GENERATION = Pattern.compile(
            "\\bse\\s*\\(?\\s*(?:" + ORDINAL + "(?:[\\s-]*gen(?:eration)?)?\\b|(2016|2020|2022)\\b|([123])(?![0-9]))"
                    + "|\\b" + ORDINAL + "[\\s-]*gen(?:eration)?\\s+(?:iphone\\s*)?se\\b");
    /** After "which iPhone SE is it?", a generation alone answers. */
    private static final Pattern BARE_GENERATION = Pattern.compile(
            "\\b" + ORDINAL + "[\\s-]*gen(?:eration)?\\b|\\b(2016|2020|2022)\\b");
    private static final String SUFFIX = "(?:\\s*(pro\\s*max|pro|plus|mini|max|e|s|c))?";
    private static final Pattern NAMED_IPHONE = Pattern.compile(
            "\\biphone\\s*(xs\\s*max|xr|xs|x|se|air|\\d{1,2})" + SUFFIX + "(?![a-z0-9])");
    private static final Pattern INTRODUCED_MODEL = Pattern.compile(
            "\\b(?:my|an?|have|got|using|own|it'?s|its|on an?)\\s+(xs\\s*max|xr|xs|x|se|\\d{1,2})" + SUFFIX
                    + "(?![a-z0-9])(?!\\s*(?:gb|tb|%|percent|mins?|minutes|hours?|days?|times|fixes|steps))");
    private static final Pattern SIZED_MODEL = Pattern.compile("\\b(\\d{1,2})\\s*(pro\\s*max|pro|plus|mini)\\b");
    private static final Pattern BARE_MODEL = Pattern.compile("^\\s*(?:iphone\\s*)?(xs\\s*max|xr|xs|x|se|\\d{1,2})" + SUFFIX
            + "\\s*[.!]?\\s*$");
    private static final Pattern IOS = Pattern.compile("\\bios\\s*(\\d{1,2})((?:\\.\\d+)*)\\b"
            // "its an iphone 12 on 16.6": a dotted version the phone is on or runs is its iOS, not a figure.
            + "|\\b(?:on|running|runs)\\s+(1[2-9]|2\\d)((?:\\.\\d+)+)\\b(?!\\s*(?:gb|tb|mb|gigs?|%|percent|hours?|hrs?))");
    private static final Pattern FIX_NUMBER = Pattern.compile(
            "\\b(?:fix|number|no\\.?|option|solution)\\s*(?:#|no\\.?|number)?\\s*(\\d{1,2}|"
                    + String.join("|", NUMBER_WORDS) + ")\\b|#\\s*(\\d{1,2})\\b");
    private static final Pattern ORDINAL_FIX = Pattern.compile(
            "\\b(?:the\\s+)?(\\d)(?:st|nd|rd|th)\\b(?!\\s+step)(?![\\s-]*gen)|\\b(" + String.join("|", ORDINAL_WORDS)
                    + ")\\s+(?:fix|one|solution)\\b");
    private static final Pattern STEP_NUMBER = Pattern.compile(
            "\\bsteps?\\s*(?:#|no\\.?|number)?\\s*(\\d{1,2}|" + String.join("|", NUMBER_WORDS) + ")\\b"
                    + "|\\b(?:the\\s+)?(\\d)(?:st|nd|rd|th)\\s+step\\b|\\b(" + String.join("|", ORDINAL_WORDS)
                    + ")\\s+step\\b");
    private static final Pattern STORAGE_FIGURE = Pattern.compile(
            "\\b\\d{1,4}(?:[.,]\\d{1,2})?\\s?(?:gb|tb|mb|gigs?)\\b(?:\\s+(?:free|left|plan|used|of\\s+\\d+\\s?(?:gb|tb)))?");
    private static final Pattern OTHER_DEVICE = Pattern.compile(
            "\\b(ipad|macbook|imac|mac|apple watch|android|samsung|galaxy|pixel|windows pc|pc|laptop)\\b");
    /**
     * "My old iphone 8 backup is taking 40gb": an earlier iPhone whose backup sits in iCloud is another
     * device, not the phone being helped. Only with its backup named: "my old iphone 7 wont back up" is theirs.
     */
    private static final Pattern EARLIER_IPHONES_BACKUP = Pattern.compile(
            "\\b(?:old|older|previous|former|spare|ex)\\s+(iphone(?:\\s*(?:xs\\s*max|xr|xs|x|se|\\d{1,2})" + SUFFIX
                    + ")?)(?:'?s)?\\s+(?:icloud\\s+)?backups?\\b");
    /** Descriptions people give when they don't know the model name. */
    private static final Pattern HOME_BUTTON = Pattern.compile(
            "\\b(?:with|has|have|got|its? got|it has|the one with)\\s+(?:a|the)\\s+(?:round\\s+)?home\\s*button\\b"
                    + "|\\btouch\\s*id\\b");
    private static final Pattern NO_HOME_BUTTON = Pattern.compile(
            "\\b(?:no|without|doesn'?t have a|does not have a|hasn'?t got a)\\s+(?:a\\s+|the\\s+)?home\\s*button\\b"
                    + "|\\bface\\s*id\\b|\\bnotch\\b|\\bdynamic island\\b");

    /** Entities in a message, reading bare numbers as fix or version numbers only. */
    public Entities extract(String text) {
        return extract(text, false);
    }

    /**
     * Entities in a message.
     *
     * @param expectingPhoneModel true when the bot has just asked which iPhone it is, so "13" means iPhone 13
     */
    public Entities extract(String text, boolean expectingPhoneModel) {
        String said = text.toLowerCase(Locale.ROOT);
        List<String> otherDevices = new ArrayList<>(all(OTHER_DEVICE, said, 1));
        Matcher earlier = EARLIER_IPHONES_BACKUP.matcher(said);
        if (earlier.find()) {
            otherDevices.add("old " + earlier.group(1).replaceAll("\\s+", " ").strip());
        }
        String lower = earlier.replaceAll(" backup ");
        Optional<PhoneModel> model = findModel(lower, expectingPhoneModel).or(() -> describedModel(lower));
        OptionalInt step = findStepNumber(lower);
        String withoutSteps = STEP_NUMBER.matcher(lower).replaceAll(" ");
        OptionalInt fix = model.isPresent() && expectingPhoneModel ? OptionalInt.empty() : findFixNumber(withoutSteps);
        OptionalInt ios = findIos(lower);
        Optional<String> version = ios.isEmpty() ? Optional.empty() : iosVersion(lower);
        return new Entities(model, ios, version, fix, step, all(STORAGE_FIGURE, lower, 0), otherDevices);
    }

    private static Optional<PhoneModel> describedModel(String lower) {
        if (NO_HOME_BUTTON.matcher(lower).find()) {
            return Optional.of(PhoneModel.ofFamily(PhoneModel.Family.X_OR_LATER));
        }
        if (HOME_BUTTON.matcher(lower).find()) {
            // A Home button says how the screen looks, not which of the two Home-button restart groups it is.
            return Optional.of(PhoneModel.ofFamily(PhoneModel.Family.HOME_BUTTON));
        }
        return Optional.empty();
    }

    private static List<String> all(Pattern pattern, String lower, int group) {
        Matcher m = pattern.matcher(lower);
        List<String> found = new ArrayList<>();
        while (m.find() && found.size() < MAX_FIGURES) {
            String value = m.group(group).strip();
            if (!found.contains(value)) {
                found.add(value);
            }
        }
        return found;
    }

    private static OptionalInt findStepNumber(String lower) {
        Matcher m = STEP_NUMBER.matcher(lower);
        if (!m.find()) {
            return OptionalInt.empty();
        }
        if (m.group(1) != null) {
            return OptionalInt.of(parseNumber(m.group(1)));
        }
        return m.group(2) != null ? OptionalInt.of(Integer.parseInt(m.group(2)))
                : OptionalInt.of(ORDINAL_WORDS.indexOf(m.group(3)) + 1);
    }

    private static Optional<PhoneModel> findModel(String lower, boolean expectingPhoneModel) {
        Matcher se = SE_WITH_GENERATION.matcher(lower);
        if (se.find()) {
            return Optional.of(seOfGeneration(se));
        }
        for (Pattern pattern : List.of(NAMED_IPHONE, INTRODUCED_MODEL, SIZED_MODEL)) {
            Matcher m = pattern.matcher(lower);
            while (m.find()) {
                Optional<PhoneModel> model = toModel(m.group(1), m.groupCount() >= 2 ? m.group(2) : null);
                if (model.isPresent()) {
                    return model;
                }
            }
        }
        if (expectingPhoneModel) {
            Matcher m = BARE_MODEL.matcher(lower);
            if (m.find()) {
                return toModel(m.group(1), m.group(2));
            }
            Matcher generation = BARE_GENERATION.matcher(lower);
            if (generation.find()) {
                // Of the iPhones people name by generation, only the SE has several with the same name.
                return Optional.of(seOfGeneration(generation));
            }
        }
        return Optional.empty();
    }

    /** The SE of the generation a match names: its groups are an ordinal, a year, or a number, in any order. */
    private static PhoneModel seOfGeneration(Matcher m) {
        String said = "";
        for (int group = 1; group <= m.groupCount(); group++) {
            if (m.group(group) != null) {
                said = m.group(group);
                break;
            }
        }
        int generation = switch (said) {
            case "1st", "first", "2016", "1" -> 1;
            case "2nd", "second", "2020", "2" -> 2;
            default -> 3;
        };
        String name = "iPhone SE (" + List.of("1st", "2nd", "3rd").get(generation - 1) + " generation)";
        return new PhoneModel(name, generation == 1 ? PhoneModel.Family.SEVEN_OR_EARLIER : PhoneModel.Family.EIGHT_OR_SE);
    }

    static Optional<PhoneModel> toModel(String base, String suffix) {
        String compact = base.replaceAll("\\s+", " ");
        String tail = suffix == null ? "" : " " + tidySuffix(suffix);
        switch (compact) {
            case "x", "xr", "xs", "xs max" -> {
                return Optional.of(new PhoneModel("iPhone " + compact.toUpperCase(Locale.ROOT).replace("MAX", "Max"),
                        PhoneModel.Family.X_OR_LATER));
            }
            case "se" -> {
                // Every SE has a Home button, but the first one force restarts like an iPhone 6s and the
                // later two like an iPhone 8: "SE" alone doesn't say which.
                return Optional.of(new PhoneModel("iPhone SE", PhoneModel.Family.HOME_BUTTON));
            }
            case "air" -> {
                return Optional.of(new PhoneModel("iPhone Air", PhoneModel.Family.X_OR_LATER));
            }
            default -> {
                int number = Integer.parseInt(compact);
                if (number < 3 || number == 9 || number > 30) {
                    return Optional.empty();
                }
                if (number == 10) {
                    return Optional.of(new PhoneModel("iPhone X", PhoneModel.Family.X_OR_LATER));
                }
                String name = "iPhone " + number + (tail.equals(" e") || tail.equals(" s") || tail.equals(" c")
                        ? tail.strip() : tail);
                PhoneModel.Family family = number > 8 ? PhoneModel.Family.X_OR_LATER
                        : number == 8 ? PhoneModel.Family.EIGHT_OR_SE : PhoneModel.Family.SEVEN_OR_EARLIER;
                return Optional.of(new PhoneModel(name, family));
            }
        }
    }

    private static String tidySuffix(String suffix) {
        String s = suffix.replaceAll("\\s+", " ");
        return switch (s) {
            case "pro max" -> "Pro Max";
            case "pro" -> "Pro";
            case "plus" -> "Plus";
            case "mini" -> "mini";
            case "max" -> "Max";
            default -> s;
        };
    }

    private static Optional<String> iosVersion(String lower) {
        Matcher m = IOS.matcher(lower);
        return m.find() ? Optional.of(major(m) + minor(m)) : Optional.empty();
    }

    private static OptionalInt findIos(String lower) {
        Matcher m = IOS.matcher(lower);
        if (m.find()) {
            int major = Integer.parseInt(major(m));
            if (major >= 4 && major <= 40) {
                return OptionalInt.of(major);
            }
        }
        return OptionalInt.empty();
    }

    private static String major(Matcher ios) {
        return ios.group(1) != null ? ios.group(1) : ios.group(3);
    }

    private static String minor(Matcher ios) {
        return ios.group(1) != null ? ios.group(2) : ios.group(4);
    }

    private static OptionalInt findFixNumber(String lower) {
        Matcher m = FIX_NUMBER.matcher(lower);
        if (m.find()) {
            return OptionalInt.of(parseNumber(m.group(1) != null ? m.group(1) : m.group(2)));
        }
        Matcher ordinal = ORDINAL_FIX.matcher(lower);
        if (ordinal.find()) {
            return ordinal.group(1) != null ? OptionalInt.of(Integer.parseInt(ordinal.group(1)))
                    : OptionalInt.of(ORDINAL_WORDS.indexOf(ordinal.group(2)) + 1);
        }
        return OptionalInt.empty();
    }

    private static int parseNumber(String token) {
        int word = NUMBER_WORDS.indexOf(token);
        return word >= 0 ? word + 1 : Integer.parseInt(token);
    }
}
