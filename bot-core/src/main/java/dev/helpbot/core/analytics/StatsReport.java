package dev.helpbot.core.analytics;

import dev.helpbot.core.content.Fix;
import dev.helpbot.core.content.Playbook;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/** The analytics as a short text for people: one line per fix, then the totals. */
public final class StatsReport {

    private StatsReport() {
    }

    public static String render(Map<String, Long> counters, Playbook playbook) {
        StringBuilder out = new StringBuilder("**Which fixes help**\n");
        for (Fix fix : playbook.fixes()) {
            long shown = count(counters, Counters.fix(fix.number(), Counters.SHOWN));
            long resolved = count(counters, Counters.fix(fix.number(), Counters.WORKED));
            out.append(fix.number()).append(". ").append(fix.title()).append(": shown ").append(shown)
                    .append(", resolved ").append(resolved).append(" (").append(percent(resolved, shown)).append(')')
                    .append(", didn't help ").append(count(counters, Counters.fix(fix.number(), Counters.FAILED)))
                    .append(", skipped ").append(count(counters, Counters.fix(fix.number(), Counters.SKIPPED)))
                    .append(", handed over ").append(count(counters, Counters.fix(fix.number(), Counters.ESCALATED)))
                    .append('\n');
        }
        long messages = count(counters, Counters.MESSAGES);
        long fallbacks = count(counters, Counters.FALLBACKS);
        out.append("Messages: ").append(messages).append(", not understood or off-topic: ").append(fallbacks)
                .append(" (").append(percent(fallbacks, messages)).append(")\n");
        out.append("Resolved: ").append(count(counters, Counters.RESOLVED)).append(", handed to people: ")
                .append(count(counters, Counters.ESCALATED)).append('\n');
        OptionalInt median = medianFixesToResolution(counters);
        out.append("Median fixes to resolution: ").append(median.isPresent() ? String.valueOf(median.getAsInt()) : "n/a");
        return out.toString();
    }

    /** The median of the resolved_after.N histogram, or empty when nothing was resolved yet. */
    public static OptionalInt medianFixesToResolution(Map<String, Long> counters) {
        long total = 0;
        for (int n = 0; n <= 64; n++) {
            total += count(counters, Counters.resolvedAfter(n));
        }
        if (total == 0) {
            return OptionalInt.empty();
        }
        long seen = 0;
        for (int n = 0; n <= 64; n++) {
            seen += count(counters, Counters.resolvedAfter(n));
            if (seen * 2 >= total) {
                return OptionalInt.of(n);
            }
        }
        return OptionalInt.empty();
    }

    private static long count(Map<String, Long> counters, String name) {
        return counters.getOrDefault(name, 0L);
    }

    private static String percent(long part, long whole) {
        return whole == 0 ? "n/a" : String.format(Locale.ROOT, "%.0f%%", 100.0 * part / whole);
    }
}
