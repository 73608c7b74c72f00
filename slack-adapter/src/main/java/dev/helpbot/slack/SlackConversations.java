package dev.helpbot.slack;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.SlackApiException;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;
import dev.helpbot.core.Conversations;
import dev.helpbot.core.Reply;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Slack side of a conversation. Every handler acks at once and hands the rest (engine, Web API calls)
 * to {@link OrderedWorkers}, well inside Slack's 3-second limit. Retried deliveries are recognised by id
 * and answered only once. Only the person a thread belongs to moves it on; others (the support team)
 * may talk there freely.
 */
final class SlackConversations {

    private static final Logger log = LoggerFactory.getLogger(SlackConversations.class);
    private static final List<String> CANNOT_POST = List.of("not_in_channel", "channel_not_found", "is_archived");

    private final Conversations engine;
    private final SlackPoster poster;
    private final OrderedWorkers workers;
    private final SlackMessageReader reader;
    private final SlackReplyWriter writer;
    private final SlackHandoffDesk desk;
    private final String commandName;
    private final String supportUserGroupId;
    /** Ids of deliveries already taken, so that Slack's retries get an ack and nothing else. */
    private final LruMap<String, Boolean> taken = new LruMap<>(10_000);
    private final ThreadOwners threadOwners;

    SlackConversations(Conversations engine, SlackPoster poster, OrderedWorkers workers, SlackSettings settings) {
        this.engine = engine;
        this.poster = poster;
        this.workers = workers;
        this.threadOwners = new ThreadOwners(poster);
        this.commandName = settings.commandName();
        this.reader = new SlackMessageReader(settings.commandName());
        this.writer = new SlackReplyWriter(Optional.ofNullable(settings.supportUserGroupId()));
        this.desk = new SlackHandoffDesk(poster, writer, settings.handoffChannelId());
        this.supportUserGroupId = settings.supportUserGroupId();
    }

    void register(App app) {
        app.command(commandName, this::onCommand);
        app.blockAction(Pattern.compile(SlackReplyWriter.ACTION_ID_PATTERN), this::onChoice);
        app.event(AppMentionEvent.class, this::onMention);
        app.event(MessageEvent.class, this::onMessage);
    }

    Response onCommand(SlashCommandRequest request, SlashCommandContext ctx) {
        SlashCommandPayload payload = request.getPayload();
        if (firstDelivery("command:" + payload.getTriggerId())) {
            Runnable work = SlackMessageReader.asksForStats(payload) ? () -> answerStats(payload, ctx)
                    : () -> startThread(payload, ctx);
            workers.submit(payload.getChannelId() + ":" + payload.getUserId(), work);
        }
        return ctx.ack();
    }

    Response onChoice(BlockActionRequest request, ActionContext ctx) {
        BlockActionPayload payload = request.getPayload();
        Optional<SlackTurn> turn = reader.choice(payload);
        if (turn.isPresent() && firstDelivery("action:" + payload.getTriggerId())) {
            workers.submit(turn.get().thread().conversationId(), () -> choose(turn.get(), payload));
        }
        return ctx.ack();
    }

    Response onMention(EventsApiPayload<AppMentionEvent> payload, EventContext ctx) {
        if (firstDelivery("event:" + payload.getEventId(), ctx)) {
            AppMentionEvent event = payload.getEvent();
            reader.mention(event, payload.getTeamId(), ctx.getBotUserId()).ifPresent(turn ->
                    workers.submit(turn.thread().conversationId(), () -> {
                        if (event.getThreadTs() != null) {
                            // In an existing thread, perhaps someone's from before a restart: learn its owner
                            // first, so that a mention there can't take it over.
                            threadOwners.ownerOf(turn.thread(), null, bot(ctx));
                        }
                        if (threadOwners.claim(turn.thread(), turn.actorUserId())) {
                            answer(turn);
                        }
                    }));
        }
        return ctx.ack();
    }

    Response onMessage(EventsApiPayload<MessageEvent> payload, EventContext ctx) {
        if (firstDelivery("event:" + payload.getEventId(), ctx)) {
            MessageEvent event = payload.getEvent();
            reader.message(event, payload.getTeamId(), ctx.getBotUserId()).ifPresent(turn ->
                    workers.submit(turn.thread().conversationId(), () -> {
                        if (turn.thread().isDirectMessage() ? threadOwners.claim(turn.thread(), turn.actorUserId())
                                : ownsThread(turn, event.getParentUserId(), ctx)) {
                            answer(turn);
                        }
                    }));
        }
        return ctx.ack();
    }

    /** Posts a short parent message; the conversation then lives in its thread. */
    private void startThread(SlashCommandPayload payload, SlashCommandContext ctx) {
        SlackThread channel = new SlackThread(payload.getChannelId(), null);
        try {
            String parentTs = poster.post(channel, HelpThreadParent.message(channel, payload.getUserId()));
            SlackThread thread = new SlackThread(payload.getChannelId(), parentTs);
            threadOwners.remember(thread, payload.getUserId());
            answer(reader.command(payload, thread));
        } catch (SlackPoster.SlackCallFailed e) {
            if (CANNOT_POST.contains(e.error())) {
                explainCannotPost(ctx);
            } else {
                log.warn("Could not start a Slack thread: {}", e.getMessage());
            }
        } catch (IOException | SlackApiException e) {
            log.warn("Could not start a Slack thread: {}", e.toString());
        }
    }

    private void choose(SlackTurn turn, BlockActionPayload payload) {
        try {
            if (!turn.actorOwnsConversation()) {
                poster.postEphemeral(turn.thread(), turn.actorUserId(), "These buttons belong to someone else's"
                        + " conversation. Type " + commandName + " to start your own.");
                return;
            }
            threadOwners.remember(turn.thread(), turn.actorUserId());
            markChoiceMade(payload);
            answer(turn);
        } catch (IOException | SlackApiException e) {
            log.warn("Could not answer a Slack button: {}", e.toString());
        }
    }

    private void answer(SlackTurn turn) {
        Reply reply = engine.handle(turn.message());
        try {
            if (!reply.isSilent()) {
                poster.post(turn.thread(), writer.write(reply, turn.thread(), turn.message().key().user()));
            }
            if (reply.handoff().isPresent()) {
                desk.post(reply.handoff().get(), turn.thread(), turn.message().key().user());
            }
        } catch (IOException | SlackApiException e) {
            log.warn("Could not post a Slack reply: {}", e.toString());
        }
    }

    /** Replaces the clicked message's buttons with the choice made; cosmetic, so a failure is only logged. */
    private void markChoiceMade(BlockActionPayload payload) {
        if (payload.getMessage() == null || payload.getMessage().getBlocks() == null
                || payload.getContainer().getMessageTs() == null || payload.getContainer().isEphemeral()) {
            return;
        }
        String label = payload.getActions().get(0).getText() == null ? "" : payload.getActions().get(0).getText().getText();
        try {
            poster.update(payload.getContainer().getChannelId(), payload.getContainer().getMessageTs(),
                    payload.getMessage().getText(), SlackReplyWriter.withChoiceMade(payload.getMessage().getBlocks(), label));
        } catch (IOException | SlackApiException e) {
            log.debug("Could not mark a Slack button as chosen: {}", e.toString());
        }
    }

    /** Only the owner's plain replies move a thread on; the owner may have to be read back from Slack. */
    private boolean ownsThread(SlackTurn turn, String parentUserId, EventContext ctx) {
        return threadOwners.ownerOf(turn.thread(), parentUserId, bot(ctx)).filter(turn.actorUserId()::equals).isPresent();
    }

    private static ThreadOwners.BotIdentity bot(EventContext ctx) {
        return new ThreadOwners.BotIdentity(ctx.getBotUserId(), ctx.getBotId());
    }

    /** Stats go only to the person who asked; members of the support user group count as the team. */
    private void answerStats(SlashCommandPayload payload, SlashCommandContext ctx) {
        try {
            boolean admin = supportUserGroupId != null && poster.isInUserGroup(supportUserGroupId, payload.getUserId());
            String text = SlackText.mrkdwn(engine.handle(reader.stats(payload, admin)).text());
            ctx.respond(r -> r.responseType("ephemeral").text(text));
        } catch (IOException | SlackApiException e) {
            log.warn("Could not answer {} stats: {}", commandName, e.toString());
        }
    }

    private void explainCannotPost(SlashCommandContext ctx) {
        try {
            ctx.respond(r -> r.responseType("ephemeral").text("I can't post in this channel yet. Add me to it"
                    + " (mention me and choose Invite), or run " + commandName + " in a direct message with me."));
        } catch (IOException e) {
            log.warn("Could not answer through response_url: {}", e.toString());
        }
    }

    private boolean firstDelivery(String id, EventContext ctx) {
        boolean first = firstDelivery(id);
        if (!first && log.isDebugEnabled()) {
            log.debug("Ignored repeated delivery {} (retry {} {})", id, ctx.getRetryNum(), ctx.getRetryReason());
        }
        return first;
    }

    private boolean firstDelivery(String id) {
        // A delivery without an id cannot be told apart from its retries; take it.
        return id.endsWith(":null") || taken.putIfAbsent(id, Boolean.TRUE);
    }
}
