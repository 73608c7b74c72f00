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
 */
public final class SessionMemory {

    private SessionMemory() {
    }

    public static void main(String[] args) {
        int conversations = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        Content content = ContentLoader.standard().loadBundled();
        IntentClassifier classifier = HelpbotEngines.shippedClassifier();
        InMemorySessionStore store = new InMemorySessionStore(10_000_000, Duration.ofDays(1));
        ConversationEngine engine = ConversationEngine.builder(content, classifier).store(store).build();
        IncomingMessage.Command start = new IncomingMessage.Command("backup-help", "");
        engine.handle(IncomingMessage.command(new ConversationKey("discord", "1", "2", "3"), start));
        long before = usedHeapAfterGc();
        for (int i = 0; i < conversations; i++) {
            ConversationKey key = new ConversationKey("discord", "1178362514327654400",
                    String.valueOf(1200000000000000000L + i), String.valueOf(900000000000000000L + i));
            engine.handle(IncomingMessage.command(key, start));
        }
        long after = usedHeapAfterGc();
        System.out.printf("%d idle conversations held: %d; retained heap %.1f MB; %.0f bytes per conversation%n",
                conversations, store.size(), (after - before) / 1e6, (double) (after - before) / conversations);
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
