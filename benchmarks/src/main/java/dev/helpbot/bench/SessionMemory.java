package dev.helpbot.bench;

import dev.helpbot.core.ConversationEngine;
import dev.helpbot.core.ConversationKey;
import dev.helpbot.core.IncomingMessage;
import dev.helpbot.core.HelpbotEngines;
import dev.helpbot.core.content.Content;
import dev.helpbot.core.content.ContentLoader;
import dev.helpbot.core.nlu.IntentClassifier;
import dev.helpbot.core.session.InMemorySessionStore;
import java.time.Duration;

/**
 * Memory per idle conversation in the Caffeine store: opens N conversations the way Discord would
 * (18-digit guild, thread and user ids; {@code /backup-help} answered with the welcome), then divides
 * the retained heap growth by N. Run: {@code java -cp benchmarks.jar dev.helpbot.bench.SessionMemory 200000}.
 * {@code SessionMemory 50000 3} also types three messages in each (kept in its transcript for the team's note), and
 * {@code SessionMemory 50000 3 0} does so with {@code handoff.transcript_turns: 0}, to see what the transcript costs.
 */
public final class SessionMemory {

    /** What each conversation types after the welcome, in turn. */
    private static final String[] TYPED = {"my backup fails", "it says not enough storage", "still fails",
        "i'm on wifi and plugged in", "didn't help", "still not working", "nope", "i want to talk to a human"};

    private SessionMemory() {
    }

    public static void main(String[] args) {
        int conversations = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        int typedTurns = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        int transcriptTurns = args.length > 2 ? Integer.parseInt(args[2]) : ConversationEngine.DEFAULT_TRANSCRIPT_TURNS;
        Content content = ContentLoader.standard().loadBundled();
        IntentClassifier classifier = HelpbotEngines.shippedClassifier();
        InMemorySessionStore store = new InMemorySessionStore(10_000_000, Duration.ofDays(1));
        ConversationEngine engine = ConversationEngine.builder(content, classifier).store(store)
                .transcriptTurns(transcriptTurns).build();
        IncomingMessage.Command start = new IncomingMessage.Command("backup-help", "");
        engine.handle(IncomingMessage.command(new ConversationKey("discord", "1", "2", "3"), start));
        long before = usedHeapAfterGc();
        for (int i = 0; i < conversations; i++) {
            ConversationKey key = new ConversationKey("discord", "1178362514327654400",
                    String.valueOf(1200000000000000000L + i), String.valueOf(900000000000000000L + i));
            engine.handle(IncomingMessage.command(key, start));
            for (int turn = 0; turn < typedTurns; turn++) {
                engine.handle(IncomingMessage.text(key, TYPED[turn % TYPED.length]));
            }
        }
        long after = usedHeapAfterGc();
        System.out.printf("%d idle conversations (%d typed turns, transcript_turns %d) held: %d; retained heap %.1f MB;"
                + " %.0f bytes per conversation%n", conversations, typedTurns, transcriptTurns, store.size(),
                (after - before) / 1e6, (double) (after - before) / conversations);
        if (store.size() < conversations) {
            throw new IllegalStateException("the store evicted conversations; the measurement is invalid");
        }
    }

    private static long usedHeapAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 5; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
