package dev.helpbot.core.content;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Every near miss the bot redirects, by intent. */
public record NearMisses(List<NearMiss> entries) {

    public static final NearMisses NONE = new NearMisses(List.of());

    public NearMisses {
        entries = List.copyOf(entries);
    }

    public Optional<NearMiss> forIntent(String intent) {
        return entries.stream().filter(n -> n.intent().equals(intent)).findFirst();
    }

    /** The first near miss one of whose phrases {@code lowerCaseText} holds. */
    public Optional<NearMiss> namedIn(String lowerCaseText) {
        return entries.stream().filter(n -> n.namedIn(lowerCaseText)).findFirst();
    }

    /** The first near miss named by one of its phrases that speaks of backups itself ("whats in my backup"). */
    public Optional<NearMiss> namedByABackupPhrase(String lowerCaseText) {
        return entries.stream().filter(n -> n.namedBy().stream().anyMatch(phrase -> phrase.contains("backup")
                && lowerCaseText.contains(phrase))).findFirst();
    }

    public Set<String> intents() {
        return entries.stream().map(NearMiss::intent).collect(Collectors.toUnmodifiableSet());
    }
}
