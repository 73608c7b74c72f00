package dev.helpbot.core.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * A seeded generator of test values: a few combinators, enough for the fuzz and injection tests.
 * Every value comes from the {@link SplittableRandom} it is given, so a seed replays a run exactly.
 */
@FunctionalInterface
public interface Gen<T> {

    T next(SplittableRandom random);

    default <R> Gen<R> map(Function<? super T, ? extends R> mapper) {
        return random -> mapper.apply(next(random));
    }

    default <R> Gen<R> flatMap(Function<? super T, Gen<R>> mapper) {
        return random -> mapper.apply(next(random)).next(random);
    }

    /** A list of 0 to {@code maxSize} values. */
    default Gen<List<T>> list(int maxSize) {
        return random -> {
            int size = random.nextInt(maxSize + 1);
            List<T> out = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                out.add(next(random));
            }
            return out;
        };
    }

    @SafeVarargs
    static <T> Gen<T> constants(T... values) {
        List<T> list = List.of(values);
        return random -> list.get(random.nextInt(list.size()));
    }

    /** One of the generators, each equally likely. */
    @SafeVarargs
    static <T> Gen<T> oneOf(Gen<? extends T>... generators) {
        List<Gen<? extends T>> list = List.of(generators);
        return random -> list.get(random.nextInt(list.size())).next(random);
    }

    static Gen<Integer> integers(int min, int max) {
        return random -> random.nextInt(min, max + 1);
    }

    /** Strings of {@code minLength} to {@code maxLength} code points drawn from {@code alphabet}. */
    static Gen<String> strings(CodePoints alphabet, int minLength, int maxLength) {
        Objects.requireNonNull(alphabet, "alphabet");
        return random -> {
            int length = random.nextInt(minLength, maxLength + 1);
            StringBuilder out = new StringBuilder(length);
            for (int i = 0; i < length; i++) {
                out.appendCodePoint(alphabet.pick(random));
            }
            return out.toString();
        };
    }

    /** A set of code points to draw from: ranges and single characters, or any code point at all. */
    final class CodePoints {
        private final int[] ranges;
        private final boolean anyCodePoint;

        private CodePoints(int[] ranges, boolean anyCodePoint) {
            this.ranges = ranges;
            this.anyCodePoint = anyCodePoint;
        }

        /**
         * Any Unicode code point, surrogates and unassigned ones included, weighted towards the Basic
         * Multilingual Plane where real text lives.
         */
        public static CodePoints any() {
            return new CodePoints(new int[0], true);
        }

        public static CodePoints range(char from, char to) {
            return new CodePoints(new int[] {from, to}, false);
        }

        public static CodePoints of(String characters) {
            return new CodePoints(characters.codePoints().flatMap(c -> IntStream.of(c, c)).toArray(), false);
        }

        public CodePoints and(CodePoints other) {
            int[] merged = new int[ranges.length + other.ranges.length];
            System.arraycopy(ranges, 0, merged, 0, ranges.length);
            System.arraycopy(other.ranges, 0, merged, ranges.length, other.ranges.length);
            return new CodePoints(merged, anyCodePoint || other.anyCodePoint);
        }

        int pick(SplittableRandom random) {
            if (anyCodePoint && (ranges.length == 0 || random.nextBoolean())) {
                return random.nextInt(4) == 0 ? random.nextInt(Character.MAX_CODE_POINT + 1) : random.nextInt(0x10000);
            }
            int total = 0;
            for (int i = 0; i < ranges.length; i += 2) {
                total += ranges[i + 1] - ranges[i] + 1;
            }
            int index = random.nextInt(total);
            for (int i = 0; i < ranges.length; i += 2) {
                int size = ranges[i + 1] - ranges[i] + 1;
                if (index < size) {
                    return ranges[i] + index;
                }
                index -= size;
            }
            throw new AssertionError("unreachable");
        }
    }
}
