package dev.helpbot.discord;

import dev.helpbot.core.Conversations;
import dev.helpbot.core.IncomingMessage;
import dev.helpbot.core.Markup;
import dev.helpbot.core.Reply;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.requests.RestAction;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Discord's plumbing around the two converters: which events start or continue a conversation, where
 * the answer goes, and acknowledging every interaction at once so Discord never shows "This interaction
 * failed". The engine decides what to say; this class never looks at what a reply means.
 */
final class DiscordEventListener extends ListenerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(DiscordEventListener.class);
    private static final int MAX_THREAD_NAME = 100;
    private static final String NOT_YOURS = "This conversation belongs to someone else, so I left it as it was. "
            + "Type /backup-help to start your own.";
    private static final String SORRY = "Sorry, something went wrong on my side. Please try again in a minute.";

    private final Conversations engine;
    private final ConversationMode mode;
    private final DiscordReplyWriter writer;
    private final String supportRoleId;
    private final ReplyPoster poster;
    private final HelpThreads threads = new HelpThreads(100_000);
    private final ThreadOwnerLookup owners = new ThreadOwnerLookup(threads);
    private volatile DiscordMessageReader reader;

    DiscordEventListener(Conversations engine, DiscordSettings settings) {
        this.engine = engine;
        this.mode = settings.conversationMode();
        this.writer = new DiscordReplyWriter(settings.supportRoleId());
        this.supportRoleId = settings.supportRoleId();
        this.poster = new ReplyPoster(writer, new HandoffDesk(writer, settings.handoffChannelId()));
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        if (!event.getName().equals(DiscordMessageReader.COMMAND)) {
            return;
        }
        User user = event.getUser();
        boolean stats = DiscordMessageReader.asksForStats(event);
        boolean admin = DiscordMessageReader.isAdmin(event.getMember(), supportRoleId);
        // Stats are for the team: answered privately, in place, never in a thread.
        boolean threaded = !stats && mode == ConversationMode.THREAD && canHoldThreads(event.getChannelType());
        boolean ephemeral = stats || mode == ConversationMode.EPHEMERAL;
        // Acknowledge first: the engine and thread creation may take longer than Discord's three seconds.
        event.deferReply(ephemeral).queue(null, failure -> LOG.warn("Could not acknowledge /{}: {}",
                DiscordMessageReader.COMMAND, failure.toString()));
        InteractionHook hook = event.getHook();
        MessageChannel channel = event.getMessageChannel();
        DiscordMessageReader reader = reader(event.getJDA().getSelfUser().getId());
        Runnable answerInline = () -> answer(reader.fromSlashCommand(event, event.getChannelId(), admin), user.getId(),
                ReplyTarget.interaction(hook, ephemeral, true, channel, event.isFromGuild()), null);
        if (!threaded) {
            answerInline.run();
            return;
        }
        String anchor = "**Backup help** for " + Markup.quote(user.getEffectiveName()) + ". Let's talk in the thread below.";
        hook.editOriginal(MessageEditData.fromCreateData(writer.notice(anchor))).queue(
                anchorMessage -> openThread(anchorMessage, user,
                        thread -> answer(reader.fromSlashCommand(event, thread.getId(), admin), user.getId(),
                                ReplyTarget.channel(thread, true), null),
                        answerInline),
                failure -> {
                    LOG.warn("Could not post the thread starter message: {}", failure.toString());
                    answerInline.run();
                });
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        DiscordMessageReader reader = reader(event.getJDA().getSelfUser().getId());
        Optional<DiscordMessageReader.ButtonPress> press = reader.fromButton(event);
        if (press.isEmpty()) {
            return;
        }
        if (!press.get().byOwner()) {
            event.reply(writer.notice(NOT_YOURS)).setEphemeral(true).queue();
            return;
        }
        event.deferEdit().queue(null, failure -> LOG.warn("Could not acknowledge a button: {}", failure.toString()));
        InteractionHook hook = event.getHook();
        boolean ephemeral = event.getMessage().isEphemeral();
        // The pressed message loses its buttons, so an old step cannot be answered twice.
        RestAction<?> clearButtons = hook.editOriginalComponents(List.of());
        answer(press.get().message(), press.get().ownerId(),
                ReplyTarget.interaction(hook, ephemeral, false, event.getMessageChannel(), event.isFromGuild()),
                clearButtons);
    }

    @Override
    public void onMessageReceived(MessageReceivedEvent event) {
        Message message = event.getMessage();
        if (message.getAuthor().isBot() || message.getAuthor().isSystem() || message.isWebhookMessage()) {
            return;
        }
        DiscordMessageReader reader = reader(event.getJDA().getSelfUser().getId());
        String authorId = message.getAuthor().getId();
        if (!message.isFromGuild()) {
            answer(reader.fromMessage(message, message.getChannelId()), authorId,
                    ReplyTarget.channel(message.getChannel(), false), null);
            return;
        }
        if (message.getChannelType().isThread()) {
            // After a restart the owner may be unknown here: the lookup answers later, in this thread's order.
            owners.withOwner(message.getChannel().asThreadChannel(), reader.selfId(),
                    owner -> continueInThread(message, owner, reader));
            return;
        }
        answerMention(message, reader);
    }

    private void continueInThread(Message message, Optional<String> threadOwner, DiscordMessageReader reader) {
        if (threadOwner.isPresent()) {
            // Support staff talk in someone's help thread too: only its owner's messages reach the bot.
            String authorId = message.getAuthor().getId();
            if (threadOwner.get().equals(authorId)) {
                answer(reader.fromMessage(message, message.getChannelId()), authorId,
                        ReplyTarget.channel(message.getChannel(), true), null);
            }
            return;
        }
        answerMention(message, reader);
    }

    private void answerMention(Message message, DiscordMessageReader reader) {
        if (!reader.mentionsBot(message)) {
            return;
        }
        String authorId = message.getAuthor().getId();
        Runnable answerInline = () -> answer(reader.fromMessage(message, message.getChannelId()), authorId,
                ReplyTarget.channel(message.getChannel(), true), null);
        if (mode == ConversationMode.THREAD && canHoldThreads(message.getChannelType())) {
            openThread(message, message.getAuthor(),
                    thread -> answer(reader.fromMessage(message, thread.getId()), authorId,
                            ReplyTarget.channel(thread, true), null),
                    answerInline);
        } else {
            answerInline.run();
        }
    }

    private void openThread(Message starter, User owner, Consumer<ThreadChannel> then, Runnable otherwise) {
        String name = "Backup help · " + owner.getEffectiveName();
        starter.createThreadChannel(name.length() <= MAX_THREAD_NAME ? name : name.substring(0, MAX_THREAD_NAME))
                .queue(thread -> {
                    threads.opened(thread.getId(), owner.getId());
                    then.accept(thread);
                }, failure -> {
                    LOG.warn("Could not open a thread, answering in the channel instead (does the bot have the "
                            + "Create Public Threads permission?): {}", failure.toString());
                    otherwise.run();
                });
    }

    private void answer(IncomingMessage message, String ownerId, ReplyTarget target, RestAction<?> before) {
        Reply reply;
        try {
            reply = engine.handle(message);
        } catch (RuntimeException e) {
            LOG.error("The engine failed on a Discord message", e);
            // Say so rather than leave a deferred interaction "thinking" until Discord gives up on it.
            target.post(writer.notice(SORRY), true).queue(null, failure -> LOG.debug("Could not apologise: {}", failure.toString()));
            return;
        }
        poster.post(reply, ownerId, target, before);
    }

    private DiscordMessageReader reader(String selfId) {
        DiscordMessageReader current = reader;
        if (current == null || !current.selfId().equals(selfId)) {
            current = new DiscordMessageReader(selfId);
            reader = current;
        }
        return current;
    }

    private static boolean canHoldThreads(ChannelType type) {
        return type == ChannelType.TEXT || type == ChannelType.NEWS;
    }
}
