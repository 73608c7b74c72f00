package dev.helpbot.core;

import dev.helpbot.core.analytics.StatsReport;
import dev.helpbot.core.content.Content;
import dev.helpbot.core.content.ResponseKey;
import dev.helpbot.core.dialogue.Session;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** Answers {@code /backup-help stats}: the analytics report for admins, a polite no for everyone else. */
final class StatsCommand {

    private final Content content;
    private final Supplier<Map<String, Long>> statistics;

    StatsCommand(Content content, Supplier<Map<String, Long>> statistics) {
        this.content = content;
        this.statistics = statistics;
    }

    Reply answer(IncomingMessage message, Session session) {
        String text;
        if (message.command() == null || !message.command().fromAdmin()) {
            text = content.responses().text(ResponseKey.STATS_ADMINS_ONLY);
        } else if (statistics == null) {
            text = content.responses().text(ResponseKey.STATS_NOT_KEPT);
        } else {
            text = StatsReport.render(statistics.get(), content.playbook());
        }
        ConversationStatus status = session.stage().status();
        Integer fix = session.currentFix() > 0 && status == ConversationStatus.FIX ? session.currentFix() : null;
        return new Reply(text, List.of(), status, fix, "stats", 1.0, Optional.empty());
    }
}
