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
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;
import dev.helpbot.core.channel.ChannelTexts;
import dev.helpbot.core.channel.ChoiceToken;
import dev.helpbot.core.channel.Delivery;
import dev.helpbot.core.channel.Dispatcher;
import dev.helpbot.core.channel.OwnerSource;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Slack's requests as deliveries for the kit's dispatcher. On Bolt's socket or HTTP thread each handler only
 * describes what arrived and acks, well inside Slack's 3 seconds; reading it, the engine and every Web API call run
 * later on the person's lane, where a command and the messages typed in the thread it opens share one lane.
 * Slack's retries carry the first delivery's id, and the dispatcher answers each id once.
 */
final class SlackEvents {

    private final Dispatcher<SlackPlace> dispatcher;
    private final SlackPoster poster;
    private final SlackMessageReader reader;
    private final ChannelTexts texts;
    private final SlackSettings settings;

    SlackEvents(Dispatcher<SlackPlace> dispatcher, SlackPoster poster, ChannelTexts texts, SlackSettings settings) {
        this.dispatcher = dispatcher;
        this.poster = poster;
        this.reader = new SlackMessageReader(settings.commandName());
        this.texts = texts;
        this.settings = settings;
    }

    void register(App app) {
        app.command(settings.commandName(), this::onCommand);
        app.blockAction(Pattern.compile(SlackReplyWriter.ACTION_ID_PATTERN), this::onChoice);
        app.event(AppMentionEvent.class, this::onMention);
        app.event(MessageEvent.class, this::onMessage);
    }

    /** A short parent message in the channel, and the conversation in its thread; the team's stats privately. */
    Response onCommand(SlashCommandRequest request, SlashCommandContext ctx) {
        SlashCommandPayload payload = request.getPayload();
        boolean stats = SlackMessageReader.asksForStats(payload);
        SlackPlace here = new SlackPlace(SlackMessageReader.workspace(payload.getTeamId(), payload.getEnterpriseId()),
                payload.getChannelId(), null, text -> ctx.respond(r -> r.responseType("ephemeral").text(text)));
        dispatcher.submit(Delivery.of(id("command:", payload.getTriggerId()), payload.getUserId(), here)
                .opening(stats ? null : from -> from.inThread(poster.post(from,
                        HelpThreadParent.message(texts, payload.getUserId()))))
                .reading(place -> reader.command(payload, place, stats && settings.supportUserGroupId() != null
                        && poster.isInUserGroup(settings.supportUserGroupId(), payload.getUserId()))));
        return ctx.ack();
    }

    Response onChoice(BlockActionRequest request, ActionContext ctx) {
        BlockActionPayload payload = request.getPayload();
        Optional<ChoiceToken> token = payload.getActions() == null || payload.getActions().size() != 1 ? Optional.empty()
                : ChoiceToken.decode(payload.getActions().get(0).getValue());
        if (token.isPresent() && payload.getUser() != null && payload.getContainer() != null
                && payload.getContainer().getChannelId() != null) {
            SlackPlace here = new SlackPlace(SlackMessageReader.workspace(payload.getTeam() == null ? null
                    : payload.getTeam().getId(), payload.getEnterprise() == null ? null : payload.getEnterprise().getId()),
                    payload.getContainer().getChannelId(), token.get().place());
            dispatcher.submit(Delivery.of(id("action:", payload.getTriggerId()), payload.getUser().getId(), here)
                    .choice(token.get(), place -> markChoiceMade(payload))
                    .reading(place -> SlackMessageReader.choice(place, token.get())));
        }
        return ctx.ack();
    }

    /** An @mention continues the thread it was written in, or starts one under itself. */
    Response onMention(EventsApiPayload<AppMentionEvent> payload, EventContext ctx) {
        AppMentionEvent event = payload.getEvent();
        if (event.getBotId() == null && event.getUser() != null && event.getChannel() != null && event.getTs() != null) {
            SlackPlace here = new SlackPlace(SlackMessageReader.workspace(payload.getTeamId(), null), event.getChannel(),
                    event.getThreadTs());
            talk(payload.getEventId(), event.getUser(), event.getText(), here, event.getThreadTs() == null
                    ? builder -> builder.opening(from -> from.inThread(event.getTs()))
                    : builder -> builder.inThread(true, owner(here, null, ctx)), ctx);
        }
        return ctx.ack();
    }

    /** A DM is its sender's; a reply in a channel thread moves the conversation on only for the thread's owner. */
    Response onMessage(EventsApiPayload<MessageEvent> payload, EventContext ctx) {
        MessageEvent event = payload.getEvent();
        SlackMessageReader.placeOf(event, SlackMessageReader.workspace(payload.getTeamId(), null), ctx.getBotUserId())
                .ifPresent(here -> talk(payload.getEventId(), event.getUser(), event.getText(), here,
                        builder -> here.isDirectMessage() ? builder
                                : builder.inThread(false, owner(here, event.getParentUserId(), ctx)), ctx));
        return ctx.ack();
    }

    private void talk(String eventId, String user, String text, SlackPlace here,
                      UnaryOperator<Delivery.Builder<SlackPlace>> route, EventContext ctx) {
        dispatcher.submit(route.apply(Delivery.of(id("event:", eventId), user, here))
                .reading(place -> reader.text(place, user, text, ctx.getBotUserId())));
    }

    /**
     * Who a thread belongs to, read back from its parent after a restart. A parent someone else posted (the event's
     * {@code parent_user_id} says so) costs no call. Slack's own answer (missing_scope, channel_not_found…) is final;
     * a rate limit that outlasted the retries, or the network, is asked again.
     */
    private OwnerSource owner(SlackPlace thread, String parentUserId, EventContext ctx) {
        return () -> {
            if (parentUserId != null && !parentUserId.equals(ctx.getBotUserId())) {
                return Optional.empty();
            }
            try {
                return poster.threadParent(thread)
                        .flatMap(parent -> HelpThreadParent.ownerOf(parent, ctx.getBotUserId(), ctx.getBotId()));
            } catch (SlackPoster.SlackCallFailed e) {
                if (e.rateLimited()) {
                    throw e;
                }
                return Optional.empty();
            }
        };
    }

    /** Replaces the pressed message's buttons with the choice made, so an old step cannot be answered twice. */
    private void markChoiceMade(BlockActionPayload payload) throws Exception {
        if (payload.getMessage() != null && payload.getMessage().getBlocks() != null
                && payload.getContainer().getMessageTs() != null && !payload.getContainer().isEphemeral()) {
            String label = payload.getActions().get(0).getText() == null ? "" : payload.getActions().get(0).getText().getText();
            poster.update(payload.getContainer().getChannelId(), payload.getContainer().getMessageTs(),
                    payload.getMessage().getText(), SlackReplyWriter.withChoiceMade(payload.getMessage().getBlocks(),
                            SlackText.mrkdwn(texts.choiceMade(label.strip()))));
        }
    }

    /** A delivery without an id cannot be told apart from its retries: it is taken every time. */
    private static String id(String kind, String platformId) {
        return platformId == null ? null : kind + platformId;
    }
}
