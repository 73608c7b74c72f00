package dev.helpbot.slack;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.Context;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.Message;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;
import dev.helpbot.core.Choice;
import dev.helpbot.core.ConversationKey;
import dev.helpbot.core.IncomingMessage;
import dev.helpbot.core.TypedCommand;
import dev.helpbot.core.channel.ChannelTexts;
import dev.helpbot.core.channel.ChoiceToken;
import dev.helpbot.core.channel.Delivery;
import dev.helpbot.core.channel.Dispatcher;
import dev.helpbot.core.channel.OwnerSource;
import dev.helpbot.core.channel.PlatformRefusal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Slack's requests as deliveries for the kit's dispatcher. On Bolt's socket or HTTP thread each handler describes
 * what arrived and acks once the reply is posted, within the kit's ack budget (inside Slack's 3 seconds); reading it,
 * the engine and every Web API call run on the person's lane, where a command and the messages typed in the thread it
 * opens share one lane. An instance killed before the ack leaves the event to Slack's retry, which another instance
 * answers; retries carry the first delivery's id, and the dispatcher answers each id once across instances.
 */
final class SlackEvents {

    private final Dispatcher<SlackPlace> dispatcher;
    private final SlackPoster poster;
    private final ChannelTexts texts;
    private final SlackSettings settings;

    SlackEvents(Dispatcher<SlackPlace> dispatcher, SlackPoster poster, ChannelTexts texts, SlackSettings settings) {
        this.dispatcher = dispatcher;
        this.poster = poster;
        this.texts = texts;
        this.settings = settings;
    }

    void register(App app) {
        app.command(settings.commandName(), this::onCommand);
        app.blockAction(Pattern.compile(SlackPoster.ACTION_ID_PATTERN), this::onChoice);
        app.event(AppMentionEvent.class, this::onMention);
        app.event(MessageEvent.class, this::onMessage);
    }

    /** A short parent message in the channel, and the conversation in its thread; the team's stats privately. */
    Response onCommand(SlashCommandRequest request, SlashCommandContext ctx) {
        SlashCommandPayload payload = request.getPayload();
        // /backup-help stats: answered privately where it was typed, never in a thread.
        boolean stats = payload.getText() != null && payload.getText().strip().equalsIgnoreCase("stats");
        SlackPlace here = new SlackPlace(workspace(payload.getTeamId(), payload.getEnterpriseId()),
                payload.getChannelId(), null, text -> ctx.respond(r -> r.responseType("ephemeral").text(text)));
        return acked(dispatcher.submitBeforeAck(Delivery.of(Delivery.id("command:", payload.getTriggerId()),
                        payload.getUserId(), here)
                .opening(stats ? null : from -> from.inThread(poster.post(from,
                        threadParent(texts, payload.getUserId()))))
                .reading(place -> command(payload, place, stats && poster.inSupportGroup(payload.getUserId())))), ctx);
    }

    Response onChoice(BlockActionRequest request, ActionContext ctx) {
        BlockActionPayload payload = request.getPayload();
        Optional<ChoiceToken> token = payload.getActions() == null || payload.getActions().size() != 1 ? Optional.empty()
                : ChoiceToken.decode(payload.getActions().get(0).getValue());
        if (token.isPresent() && payload.getUser() != null && payload.getContainer() != null
                && payload.getContainer().getChannelId() != null) {
            SlackPlace here = new SlackPlace(workspace(payload.getTeam() == null ? null
                    : payload.getTeam().getId(), payload.getEnterprise() == null ? null : payload.getEnterprise().getId()),
                    payload.getContainer().getChannelId(), token.get().place(), null);
            return acked(dispatcher.submitBeforeAck(Delivery.of(Delivery.id("action:", payload.getTriggerId()),
                            payload.getUser().getId(), here)
                    .choice(token.get(), place -> markChoiceMade(payload, null, List.of(), token.get()))
                    .team(() -> poster.inSupportGroup(payload.getUser().getId()), payload.getUser().getName(),
                            (place, status, left) -> markChoiceMade(payload, status, left, token.get()))
                    .reading(place -> choice(place, token.get()))), ctx);
        }
        return ctx.ack();
    }

    /** An @mention continues the thread it was written in, or starts one under itself. */
    Response onMention(EventsApiPayload<AppMentionEvent> payload, EventContext ctx) {
        AppMentionEvent event = payload.getEvent();
        if (event.getBotId() == null && event.getUser() != null && event.getChannel() != null && event.getTs() != null) {
            SlackPlace here = new SlackPlace(workspace(payload.getTeamId(), null), event.getChannel(), event.getThreadTs(), null);
            return talk(payload.getEventId(), event.getUser(), event.getText(), here, event.getThreadTs() == null
                    ? builder -> builder.opening(from -> from.inThread(event.getTs()))
                    : builder -> builder.inThread(true, owner(here, null, ctx)), ctx);
        }
        return ctx.ack();
    }

    /** A DM is its sender's; a reply in a channel thread moves the conversation on only for the thread's owner. */
    Response onMessage(EventsApiPayload<MessageEvent> payload, EventContext ctx) {
        MessageEvent event = payload.getEvent();
        return placeOf(event, workspace(payload.getTeamId(), null), ctx.getBotUserId())
                .map(here -> talk(payload.getEventId(), event.getUser(), event.getText(), here,
                        builder -> here.isDirectMessage() ? builder
                                : builder.inThread(false, owner(here, event.getParentUserId(), ctx)), ctx))
                .orElseGet(ctx::ack);
    }

    private Response talk(String eventId, String user, String text, SlackPlace here,
                          UnaryOperator<Delivery.Builder<SlackPlace>> route, EventContext ctx) {
        return acked(dispatcher.submitBeforeAck(route.apply(Delivery.of(Delivery.id("event:", eventId), user, here))
                .reading(place -> text(place, user, text, ctx.getBotUserId()))), ctx);
    }

    /** Asks Slack to deliver the request again later: another instance holds it, or this one could not queue it. */
    static final Response RETRY_LATER = Response.builder().statusCode(503).body("").build();

    /** The ack, once answered, or {@link #RETRY_LATER}, which Bolt passes on through the unmatched handler. */
    private static Response acked(boolean answered, Context ctx) {
        return answered ? ctx.ack() : RETRY_LATER;
    }

    /**
     * Who a thread belongs to, read back from its parent after a restart. A parent someone else posted (the event's
     * {@code parent_user_id} says so) costs no call. Slack's own answer (missing_scope, channel_not_found…) is final;
     * a rate limit that outlasted the retries, or the network, is asked again.
     */
    private OwnerSource owner(SlackPlace thread, String parentUserId, EventContext ctx) {
        return parentUserId != null && !parentUserId.equals(ctx.getBotUserId()) ? OwnerSource.NONE : OwnerSource.reading(
                () -> poster.threadParent(thread).flatMap(parent -> ownerOfThreadUnder(parent, ctx.getBotUserId(),
                        ctx.getBotId())), e -> !(e instanceof PlatformRefusal refusal) || refusal.rateLimit());
    }

    /**
     * Replaces the pressed message's buttons with the choice made, so an old step cannot be answered twice; or, on a
     * hand-over note, with what the team did ({@code status}, the core's markup) and the buttons {@code left}. An update
     * notifies nobody on Slack, so the note's ping stays as it was, and pings no one again.
     */
    private void markChoiceMade(BlockActionPayload payload, String status, List<Choice> left, ChoiceToken token)
            throws Exception {
        if (payload.getMessage() != null && payload.getMessage().getBlocks() != null
                && payload.getContainer().getMessageTs() != null && !payload.getContainer().isEphemeral()) {
            String label = payload.getActions().get(0).getText() == null ? "" : payload.getActions().get(0).getText().getText();
            poster.update(payload.getContainer().getChannelId(), payload.getContainer().getMessageTs(),
                    payload.getMessage().getText(), SlackPoster.withChoiceMade(payload.getMessage().getBlocks(), SlackText.RENDERER.render(status != null
                            ? status : texts.choiceMade(label.strip())), left, token));
        }
    }

    static final String PLATFORM = "slack";

    /** The team, else the enterprise, else {@code -}: the workspace part of keys and lanes. */
    static String workspace(String teamId, String enterpriseId) {
        return teamId != null && !teamId.isBlank() ? teamId : enterpriseId != null && !enterpriseId.isBlank() ? enterpriseId : "-";
    }

    /** A slash command, in the conversation at {@code place}: the thread the bot started for it, or where it was typed. */
    IncomingMessage command(SlashCommandPayload payload, SlackPlace place, boolean fromAdmin) {
        return IncomingMessage.command(key(place, payload.getUserId()),
                new IncomingMessage.Command(commandName(), payload.getText(), fromAdmin));
    }

    /** A press of one of our buttons: the conversation is the token's owner's, whoever pressed. */
    static IncomingMessage choice(SlackPlace place, ChoiceToken token) {
        return IncomingMessage.choice(key(place, token.ownerId()), token.choiceId());
    }

    /**
     * Where a plain message talks to the bot: a DM with it, or a reply in a channel thread. Top-level channel messages
     * are not for us, and a message that mentions the bot is answered through its app_mention event instead.
     */
    static Optional<SlackPlace> placeOf(MessageEvent event, String workspace, String botUserId) {
        if (event.getBotId() != null || event.getUser() == null || event.getText() == null || event.getChannel() == null
                || event.getUser().equals(botUserId)) {
            return Optional.empty();
        }
        boolean direct = "im".equals(event.getChannelType());
        if (!direct && (event.getThreadTs() == null || mentions(event.getText(), botUserId))) {
            return Optional.empty();
        }
        return Optional.of(new SlackPlace(workspace, event.getChannel(), event.getThreadTs(), null));
    }

    /** What someone typed, without the bot's mention; a bare mention starts like the slash command. */
    IncomingMessage text(SlackPlace place, String userId, String text, String botUserId) {
        String typed = text == null ? "" : botUserId == null ? text.strip()
                : text.replaceAll("<@" + Pattern.quote(botUserId) + "(\\|[^>]*)?>", " ").strip();
        return TypedCommand.addressed(key(place, userId), typed, mentions(text == null ? "" : text, botUserId), false,
                commandName());
    }

    private static boolean mentions(String text, String botUserId) {
        return botUserId != null && (text.contains("<@" + botUserId + ">") || text.contains("<@" + botUserId + "|"));
    }

    static ConversationKey key(SlackPlace place, String userId) {
        return new ConversationKey(PLATFORM, place.workspace(), place.conversationId(), userId);
    }

    /** The command's name without its slash, as the core reads commands. */
    private String commandName() {
        return settings.commandName().substring(1);
    }

    /** The metadata event type; Slack wants it lower case with underscores. */
    static final String EVENT_TYPE = "helpbot_conversation";
    static final String OWNER_FIELD = "owner";

    private static final Pattern USER_ID = Pattern.compile("[UW][A-Z0-9]{2,20}");
    /** Parents posted before the metadata was added have only their text, which starts with the owner's mention. */
    private static final Pattern OWNER_IN_TEXT = Pattern.compile("^<@(" + USER_ID.pattern() + ")>");

    static SlackPoster.SlackMessage threadParent(ChannelTexts texts, String ownerUserId) {
        String person = USER_ID.matcher(ownerUserId).matches() ? "<@" + ownerUserId + ">" : SlackText.escape(ownerUserId);
        return new SlackPoster.SlackMessage(SlackText.RENDERER.render(texts.threadStarter(), Map.of("person", person)), List.of(),
                new Message.Metadata(EVENT_TYPE, Map.of(OWNER_FIELD, ownerUserId)));
    }

    /**
     * Who the thread under {@code parent} belongs to, if the bot posted it as a help thread's parent. A
     * message from anyone else, even one that looks the same, gives empty: only the bot's own posts count.
     */
    static Optional<String> ownerOfThreadUnder(Message parent, String botUserId, String botId) {
        boolean postedByTheBot = botUserId != null && botUserId.equals(parent.getUser())
                || botId != null && botId.equals(parent.getBotId());
        if (!postedByTheBot) {
            return Optional.empty();
        }
        Message.Metadata metadata = parent.getMetadata();
        if (metadata != null && EVENT_TYPE.equals(metadata.getEventType()) && metadata.getEventPayload() != null) {
            Object owner = metadata.getEventPayload().get(OWNER_FIELD);
            return owner instanceof String id && USER_ID.matcher(id).matches() ? Optional.of(id) : Optional.empty();
        }
        Matcher text = OWNER_IN_TEXT.matcher(parent.getText() == null ? "" : parent.getText());
        return text.find() ? Optional.of(text.group(1)) : Optional.empty();
    }
}
