package dev.helpbot.discord;

import static dev.helpbot.discord.ConversationMode.EPHEMERAL;
import static dev.helpbot.discord.ConversationMode.PRIVATE_THREAD;
import static dev.helpbot.discord.ConversationMode.THREAD;

import dev.helpbot.core.channel.ChannelTexts;
import dev.helpbot.core.channel.ChoiceToken;
import dev.helpbot.core.channel.Delivery;
import dev.helpbot.core.channel.Dispatcher;
import dev.helpbot.core.channel.OwnerSource;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Discord's events as deliveries for the kit's dispatcher. On JDA's gateway thread this class only acknowledges an
 * interaction, at once and before reading anything, and describes what arrived; reading it, the engine and every
 * post run later on the person's lane. It decides which events can reach a conversation and where a new one runs;
 * the engine decides what to say.
 */
final class DiscordEvents extends ListenerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(DiscordEvents.class);
    private static final int MAX_THREAD_NAME = 100;

    private final Dispatcher<DiscordPlace> dispatcher;
    private final DiscordSettings settings;
    private final ChannelTexts texts;
    private final DiscordReplyWriter writer;

    DiscordEvents(Dispatcher<DiscordPlace> dispatcher, DiscordSettings settings, ChannelTexts texts,
                  DiscordReplyWriter writer) {
        this.dispatcher = dispatcher;
        this.settings = settings;
        this.texts = texts;
        this.writer = writer;
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        if (!event.getName().equals(DiscordMessageReader.COMMAND)) {
            return;
        }
        // Stats are for the team: answered privately, in place, never in a thread.
        boolean stats = DiscordMessageReader.asksForStats(event);
        boolean ephemeral = stats || settings.conversationMode() == EPHEMERAL || settings.conversationMode() == PRIVATE_THREAD;
        event.deferReply(ephemeral).queue(null, failure -> LOG.warn("Could not acknowledge /{}: {}",
                DiscordMessageReader.COMMAND, failure.toString()));
        // A guild JDA has not cached (user-installed, or its GUILD_CREATE still to come) has no channel to open a
        // thread in: the conversation runs in the interaction's replies instead.
        boolean threaded = !stats && event.isFromAttachedGuild() && canHoldThreads(event.getChannelType());
        DiscordMessageReader reader = reader(event.getJDA());
        DiscordPlace here = DiscordPlace.interaction(event.getHook(), event.getMessageChannel(),
                DiscordMessageReader.workspace(event.getGuild()), ephemeral, true);
        Delivery.Builder<DiscordPlace> delivery = Delivery.of(event.getId(), event.getUser().getId(), here)
                .opening(threaded ? from -> threadOffTheAnswer(from, event.getUser()) : null);
        if (event.isFromAttachedGuild() && event.getChannelType().isThread()) {
            // Inside a help thread the command addresses the bot like a mention: the thread's owner goes on there.
            delivery.inThread(true, owner(event.getChannel().asThreadChannel(), reader));
        }
        dispatcher.submit(delivery.reading(place -> reader.fromSlashCommand(event, place.channel().getId(),
                DiscordMessageReader.isAdmin(event, settings.supportRoleId()))));
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        Optional<ChoiceToken> token = ChoiceToken.decode(event.getComponentId());
        if (token.isEmpty()) {
            return;
        }
        event.deferEdit().queue(null, failure -> LOG.warn("Could not acknowledge a button: {}", failure.toString()));
        DiscordPlace here = DiscordPlace.interaction(event.getHook(), event.getMessageChannel(),
                DiscordMessageReader.workspace(event.getGuild()), event.getMessage().isEphemeral(), false);
        // The pressed message loses its buttons, so an old step cannot be answered twice; a note shows what the team did.
        dispatcher.submit(Delivery.of(event.getId(), event.getUser().getId(), here)
                .choice(token.get(), place -> DiscordReplyWriter.complete(place.hook().editOriginalComponents(List.of())))
                .team(() -> DiscordMessageReader.isSupport(event.getMember(), settings.supportRoleId()), event.getUser().getEffectiveName(),
                        (place, status, left) -> writer.editNote(place, event.getMessage(), status, left, token.get().ownerId()))
                .reading(place -> DiscordMessageReader.fromButton(event, token.get())));
    }

    @Override
    public void onMessageReceived(MessageReceivedEvent event) {
        Message message = event.getMessage();
        if (message.getAuthor().isBot() || message.getAuthor().isSystem() || message.isWebhookMessage()) {
            return;
        }
        DiscordMessageReader reader = reader(event.getJDA());
        DiscordPlace here = DiscordPlace.channel(message.getChannel(),
                DiscordMessageReader.workspace(message.isFromGuild() ? message.getGuild() : null));
        Delivery.Builder<DiscordPlace> delivery = Delivery.of(message.getId(), message.getAuthor().getId(), here);
        if (message.isFromGuild() && message.getChannelType().isThread()) {
            ThreadChannel thread = message.getChannel().asThreadChannel();
            if (settings.forums().isNewPost(thread.getParentChannel().getId(), thread.getId(), message.getId())) {
                delivery.forumPost();
            } else {
                // Support staff talk in someone's help thread too: only its owner's messages reach the bot.
                delivery.inThread(reader.mentionsBot(message), owner(thread, reader));
            }
        } else if (message.isFromGuild()) {
            if (!reader.mentionsBot(message)) {
                return;
            }
            delivery.opening(canHoldThreads(message.getChannelType()) ? from -> DiscordPlace.channel(thread(message,
                    from.channel(), message.getAuthor()), from.workspace()) : null);
        }
        dispatcher.submit(delivery.reading(place -> reader.fromMessage(message, place.channel().getId())));
    }

    /** Posts "… is getting help" as the command's answer and opens the thread off it, or shows "thinking…" again. */
    private DiscordPlace threadOffTheAnswer(DiscordPlace from, User owner) {
        String starter = DiscordMarkdown.RENDERER.render(texts.threadStarter(), Map.of("person", "<@" + owner.getId() + ">"));
        Message answer = DiscordReplyWriter.complete(from.send(writer.plain(starter)));
        try {
            return DiscordPlace.channel(thread(answer, from.channel(), owner), from.workspace());
        } catch (RuntimeException e) {
            // The conversation then replaces the starter, rather than point at a thread that is not there.
            from.placeholder().set(true);
            throw e;
        }
    }

    /**
     * Who a thread belongs to, for the kit to read back after a restart: a help thread was opened off a message,
     * and has that message's id. Threads someone else created cannot be the bot's, and cost no request; Discord's
     * own "no" (unknown message, missing access) is final, a server error is asked again.
     */
    private OwnerSource owner(ThreadChannel thread, DiscordMessageReader reader) {
        if (settings.forums().isHelpForum(thread.getParentChannel().getId())) {
            return () -> Optional.of(thread.getOwnerId()); // a help forum's post is its author's
        }
        // JDA checks Read Message History before asking: InsufficientPermissionException is a "no" too.
        return !reader.selfId().equals(thread.getOwnerId()) ? OwnerSource.NONE : OwnerSource.reading(
                () -> reader.ownerOfThreadOff(DiscordReplyWriter.complete(thread.retrieveParentMessage())),
                e -> !(e instanceof InsufficientPermissionException) && !(e instanceof ErrorResponseException response
                        && !response.isServerError()));
    }

    /**
     * The conversation's thread: a public one off {@code starter}, or, in {@code private_thread} mode, a private one in
     * the channel with {@code owner} added to it (a private thread cannot hang off a message).
     */
    private ThreadChannel thread(Message starter, MessageChannel channel, User owner) {
        String name = texts.threadTitle(owner.getEffectiveName(), MAX_THREAD_NAME);
        if (settings.conversationMode() != PRIVATE_THREAD) {
            return DiscordReplyWriter.complete(starter.createThreadChannel(name));
        }
        ThreadChannel thread = DiscordReplyWriter.complete(((TextChannel) channel).createThreadChannel(name, true));
        DiscordReplyWriter.complete(thread.addThreadMember(owner));
        return thread;
    }

    /** A fresh reader per event: the bot's id is JDA's, and compiling its mention pattern costs a microsecond. */
    private static DiscordMessageReader reader(JDA jda) {
        return new DiscordMessageReader(jda.getSelfUser().getId());
    }

    /** Whether a conversation started here gets its own thread: in thread modes, where the channel can hold one. */
    private boolean canHoldThreads(ChannelType type) {
        return settings.conversationMode() == THREAD && (type == ChannelType.TEXT || type == ChannelType.NEWS)
                || settings.conversationMode() == PRIVATE_THREAD && type == ChannelType.TEXT;
    }
}
