package dev.helpbot.app.eval;

import dev.helpbot.app.eval.ConversationPlayer.TurnResult;
import dev.helpbot.app.nlu.DatasetException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The turns that fail today, one {@code set/conversation#turn} per line ({@code #} after a space starts
 * a comment). The build fails on a failure not listed here, and on a listed turn that passes now, so
 * the list can only shrink.
 */
public record KnownFailures(Set<String> refs) {

    public static final KnownFailures NONE = new KnownFailures(Set.of());

    public KnownFailures {
        refs = Set.copyOf(refs);
    }

    public static KnownFailures read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new DatasetException(file + ": cannot read the known failures (" + e.getMessage() + ")");
        }
        Set<String> refs = new LinkedHashSet<>();
        for (String line : lines) {
            int comment = line.indexOf(" #");
            String ref = (comment >= 0 ? line.substring(0, comment) : line).strip();
            if (!ref.isEmpty() && !ref.startsWith("#")) {
                refs.add(ref);
            }
        }
        return new KnownFailures(refs);
    }

    /** Failing turns that are not known: regressions, or a new set's failures not yet listed. */
    public List<String> unexpected(List<TurnResult> results) {
        return results.stream().filter(r -> !r.passed()).map(TurnResult::ref).filter(ref -> !refs.contains(ref)).toList();
    }

    /**
     * Listed turns of the sets that were played which pass now, or no longer exist: their lines should go.
     * Turns of sets that were not played are left alone.
     */
    public List<String> stale(List<TurnResult> results) {
        Set<String> stillFailing = new LinkedHashSet<>();
        Set<String> playedSets = new LinkedHashSet<>();
        for (TurnResult result : results) {
            playedSets.add(setOf(result.conversation()));
            if (!result.passed()) {
                stillFailing.add(result.ref());
            }
        }
        return refs.stream().filter(ref -> playedSets.contains(setOf(ref)) && !stillFailing.contains(ref))
                .sorted().toList();
    }

    private static String setOf(String ref) {
        int slash = ref.indexOf('/');
        return slash < 0 ? ref : ref.substring(0, slash);
    }
}
