package dev.helpbot.core.analytics;

import dev.helpbot.core.content.Content;
import dev.helpbot.core.content.Fix;
import dev.helpbot.core.content.Playbook;
import dev.helpbot.core.content.ResponseKey;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/** The analytics as a short text for people: one line per fix, then the totals. */
public final class StatsReport {

    private StatsReport() {
    }

    public static String render(Map<String, Long> counters, Content content) {
        Playbook playbook = content.playbook();
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
        OptionalInt claimMinutes = medianMinutesToClaim(counters);
        out.append('\n').append(content.responses().format(ResponseKey.STATS_HANDOFFS,
                "opened", count(counters, Counters.ESCALATED), "claimed", count(counters, Counters.HANDOFFS_CLAIMED),
                "claim_time", claimMinutes.isPresent() ? minutes(claimMinutes.getAsInt()) : "n/a",
                "solved", count(counters, Counters.HANDOFFS_SOLVED), "returned", count(counters, Counters.HANDOFFS_RETURNED)));
        return out.toString();
    }

    /** The median of the minutes hand-overs waited for their claim, or empty when none was claimed yet. */
    public static OptionalInt medianMinutesToClaim(Map<String, Long> counters) {
        return median(counters, Counters.MAX_CLAIM_MINUTES, Counters::claimedAfterMinutes);
    }

    private static String minutes(int minutes) {
        return minutes == 0 ? "under 1 min" : minutes >= Counters.MAX_CLAIM_MINUTES ? "over a day" : minutes + " min";
    }

    /** The median of the resolved_after.N histogram, or empty when nothing was resolved yet. */
    public static OptionalInt medianFixesToResolution(Map<String, Long> counters) {
        return median(counters, 64, Counters::resolvedAfter);
    }

    /** The median of a histogram kept as one counter per value, 0 to {@code max}. */
    private static OptionalInt median(Map<String, Long> counters, int max, java.util.function.IntFunction<String> bucket) {
        long total = 0;
        for (int n = 0; n <= max; n++) {
            total += count(counters, bucket.apply(n));
        }
        if (total == 0) {
            return OptionalInt.empty();
        }
        long seen = 0;
        for (int n = 0; n <= max; n++) {
            seen += count(counters, bucket.apply(n));
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
