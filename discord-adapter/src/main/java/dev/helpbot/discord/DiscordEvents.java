package dev.helpbot.discord;

import static dev.helpbot.discord.ConversationMode.EPHEMERAL;
import static dev.helpbot.discord.ConversationMode.THREAD;

import dev.helpbot.core.channel.ChannelTexts;
import dev.helpbot.core.channel.ChoiceToken;
import dev.helpbot.core.channel.Delivery;
import dev.helpbot.core.channel.Dispatcher;
import dev.helpbot.core.channel.OwnerSource;
import dev.helpbot.core.channel.PlatformText;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
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
        boolean ephemeral = stats || settings.conversationMode() == EPHEMERAL;
        event.deferReply(ephemeral).queue(null, failure -> LOG.warn("Could not acknowledge /{}: {}",
                DiscordMessageReader.COMMAND, failure.toString()));
        // A guild JDA has not cached (user-installed, or its GUILD_CREATE still to come) has no channel to open a
        // thread in: the conversation runs in the interaction's replies instead.
        boolean threaded = !stats && settings.conversationMode() == THREAD && event.isFromAttachedGuild()
                && canHoldThreads(event.getChannelType());
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
        // The pressed message loses its buttons, so an old step cannot be answered twice.
        dispatcher.submit(Delivery.of(event.getId(), event.getUser().getId(), here)
                .choice(token.get(), place -> DiscordReplyWriter.complete(place.hook().editOriginalComponents(List.of())))
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
            // Support staff talk in someone's help thread too: only its owner's messages reach the bot.
            delivery.inThread(reader.mentionsBot(message), owner(message.getChannel().asThreadChannel(), reader));
        } else if (message.isFromGuild()) {
            if (!reader.mentionsBot(message)) {
                return;
            }
            boolean threaded = settings.conversationMode() == THREAD && canHoldThreads(message.getChannelType());
            delivery.opening(threaded ? from -> DiscordPlace.channel(DiscordReplyWriter.complete(
                    message.createThreadChannel(threadName(message.getAuthor()))), from.workspace()) : null);
        }
        dispatcher.submit(delivery.reading(place -> reader.fromMessage(message, place.channel().getId())));
    }

    /** Posts "… is getting help" as the command's answer and opens the thread off it, or shows "thinking…" again. */
    private DiscordPlace threadOffTheAnswer(DiscordPlace from, User owner) {
        String starter = DiscordMarkdown.RENDERER.render(texts.threadStarter(), Map.of("person", "<@" + owner.getId() + ">"));
        Message answer = DiscordReplyWriter.complete(from.send(writer.plain(starter)));
        try {
            ThreadChannel thread = DiscordReplyWriter.complete(answer.createThreadChannel(threadName(owner)));
            return DiscordPlace.channel(thread, from.workspace());
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
    private static OwnerSource owner(ThreadChannel thread, DiscordMessageReader reader) {
        return () -> {
            if (!reader.selfId().equals(thread.getOwnerId())) {
                return Optional.empty();
            }
            try {
                return reader.ownerOfThreadOff(DiscordReplyWriter.complete(thread.retrieveParentMessage()));
            } catch (ErrorResponseException e) {
                if (e.isServerError()) {
                    throw e;
                }
                return Optional.empty();
            } catch (InsufficientPermissionException e) {
                // JDA checks Read Message History before asking.
                return Optional.empty();
            }
        };
    }

    private String threadName(User owner) {
        return PlatformText.truncate(texts.threadTitle(owner.getEffectiveName()), MAX_THREAD_NAME);
    }

    /** A fresh reader per event: the bot's id is JDA's, and compiling its mention pattern costs a microsecond. */
    private static DiscordMessageReader reader(JDA jda) {
        return new DiscordMessageReader(jda.getSelfUser().getId());
    }

    private static boolean canHoldThreads(ChannelType type) {
        return type == ChannelType.TEXT || type == ChannelType.NEWS;
    }
}
