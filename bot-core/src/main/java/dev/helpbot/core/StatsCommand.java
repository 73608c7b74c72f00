package dev.helpbot.core;

import dev.helpbot.core.analytics.StatsReport;
import dev.helpbot.core.content.Content;
import dev.helpbot.core.content.ResponseKey;
import dev.helpbot.core.dialogue.Intents;
import dev.helpbot.core.dialogue.Session;
import dev.helpbot.core.session.SessionStore;
import dev.helpbot.core.session.StoredSession;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Answers {@code /backup-help stats} in front of the conversations: the analytics report for admins, a
 * polite no for everyone else. It reads analytics, which the pure policy cannot, and it leaves the
 * conversation untouched: the reply only reports the state the conversation is in. Everything else goes on
 * to the next {@link Conversations}.
 */
public final class StatsCommand implements Conversations {

    private final Conversations next;
    private final Content content;
    private final SessionStore sessions;
    private final Supplier<Map<String, Long>> statistics;

    /**
     * @param sessions   the store the engine keeps conversations in, read to report their state
     * @param statistics where the counters are read; null when none are kept, and admins are told so
     */
    public StatsCommand(Conversations next, Content content, SessionStore sessions,
                        Supplier<Map<String, Long>> statistics) {
        this.next = Objects.requireNonNull(next, "next");
        this.content = Objects.requireNonNull(content, "content");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.statistics = statistics;
    }

    @Override
    public Reply handle(IncomingMessage message) {
        if (!asksForStats(message)) {
            return next.handle(message);
        }
        String text;
        if (!message.command().fromAdmin()) {
            text = content.responses().text(ResponseKey.STATS_ADMINS_ONLY);
        } else if (statistics == null) {
            text = content.responses().text(ResponseKey.STATS_NOT_KEPT);
        } else {
            text = StatsReport.render(statistics.get(), content);
        }
        Session session = sessions.load(message.key()).orElseGet(StoredSession::absent).session();
        ConversationStatus status = session.stage().status();
        Integer fix = session.currentFix() > 0 && status == ConversationStatus.FIX ? session.currentFix() : null;
        return new Reply(text, List.of(), status, fix, Intents.STATS, 1.0, Optional.empty());
    }

    /** A command whose first word is {@code stats}, however it is written: {@code /backup-help stats}. */
    static boolean asksForStats(IncomingMessage message) {
        return message.command() != null
                && message.command().arguments().toLowerCase(Locale.ROOT).split("\\s+")[0].equals(Intents.STATS);
    }
}
