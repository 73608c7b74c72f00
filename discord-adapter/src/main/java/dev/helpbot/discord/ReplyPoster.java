package dev.helpbot.discord;

import dev.helpbot.core.Reply;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.requests.RestAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Posts a reply's messages, then any hand-over note, one after another so they keep their order. */
final class ReplyPoster {

    private static final Logger LOG = LoggerFactory.getLogger(ReplyPoster.class);

    private final DiscordReplyWriter writer;
    private final HandoffDesk desk;

    ReplyPoster(DiscordReplyWriter writer, HandoffDesk desk) {
        this.writer = writer;
        this.desk = desk;
    }

    /** @param before an action that must complete first (e.g. removing the buttons just pressed), or null */
    void post(Reply reply, String ownerId, ReplyTarget target, RestAction<?> before) {
        List<RestAction<?>> steps = new ArrayList<>();
        if (before != null) {
            // Tidying up must never cost the person their answer.
            steps.add(before.map(Object.class::cast).onErrorMap(failure -> {
                LOG.debug("Could not tidy up before replying: {}", failure.toString());
                return null;
            }));
        }
        List<MessageCreateData> messages = writer.messages(reply, ownerId);
        if (messages.isEmpty()) {
            target.onSilence().ifPresent(steps::add);
        }
        for (int i = 0; i < messages.size(); i++) {
            steps.add(target.post(messages.get(i), i == 0));
        }
        reply.handoff().ifPresent(handoff -> steps.addAll(desk.post(handoff, ownerId, target)));
        if (steps.isEmpty()) {
            return;
        }
        RestAction<?> chain = steps.get(0);
        for (RestAction<?> next : steps.subList(1, steps.size())) {
            chain = then(chain, next);
        }
        chain.queue(null, failure -> LOG.warn("Could not post a reply on Discord: {}", failure.toString()));
    }

    private static RestAction<Object> then(RestAction<?> first, RestAction<?> next) {
        return first.flatMap(ignored -> next.map(Object.class::cast));
    }
}
