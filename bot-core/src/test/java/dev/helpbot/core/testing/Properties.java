package dev.helpbot.core.testing;

import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Runs a property over many generated values. The seed is fixed so a build is repeatable; set
 * {@code -Dhelpbot.seed=N} to explore other runs. A failure names the seed, the try and the value, so
 * it can be replayed and turned into a regression test.
 */
public final class Properties {

    private static final long DEFAULT_SEED = 20261201L;

    private Properties() {
    }

    public static <T> void forAll(int tries, Gen<T> generator, Consumer<T> property) {
        long seed = Long.getLong("helpbot.seed", DEFAULT_SEED);
        SplittableRandom random = new SplittableRandom(seed);
        for (int attempt = 1; attempt <= tries; attempt++) {
            T value = generator.next(random);
            try {
                property.accept(value);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("property failed at try " + attempt + " of " + tries + " (seed " + seed
                        + ") for value: " + describe(value), e);
            }
        }
    }

    private static String describe(Object value) {
        String text = String.valueOf(value);
        StringBuilder out = new StringBuilder();
        text.codePoints().limit(500).forEach(c -> {
            if (c < 0x20 || (c >= 0x7F && c < 0xA0) || Character.getType(c) == Character.FORMAT
                    || Character.getType(c) == Character.SURROGATE || Character.getType(c) == Character.UNASSIGNED) {
                out.append(String.format("\\u{%X}", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return text.length() > 500 ? out + "… (" + text.length() + " chars)" : out.toString();
    }
}
