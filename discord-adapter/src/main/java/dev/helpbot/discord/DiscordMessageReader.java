package dev.helpbot.discord;

import dev.helpbot.core.ConversationKey;
import dev.helpbot.core.IncomingMessage;
import dev.helpbot.core.TypedCommand;
import dev.helpbot.core.channel.ChoiceToken;
import java.util.Optional;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.interactions.Interaction;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.SlashCommandInteraction;
import net.dv8tion.jda.api.interactions.components.buttons.ButtonInteraction;

/**
 * Converts Discord input into core messages. A conversation is keyed by guild (or {@code dm}), the
 * channel or thread it runs in, and the person being helped.
 */
final class DiscordMessageReader {

    static final String PLATFORM = "discord";
    static final String DIRECT_MESSAGES = "dm";
    static final String COMMAND = "backup-help";
    static final String OPTION_FIX = "fix";
    static final String OPTION_RESTART = "restart";
    static final String OPTION_STATS = "stats";

    private final Pattern selfMention;
    private final String selfId;

    /** @param selfId the bot's own user id, whose mentions start a conversation and are removed from its text */
    DiscordMessageReader(String selfId) {
        this.selfId = selfId;
        this.selfMention = Pattern.compile("<@!?" + Pattern.quote(selfId) + ">");
    }

    static String workspace(Guild guild) {
        return guild == null ? DIRECT_MESSAGES : guild.getId();
    }

    static ConversationKey key(Guild guild, String channelId, String userId) {
        return new ConversationKey(PLATFORM, workspace(guild), channelId, userId);
    }

    /** True for {@code /backup-help stats:true}, which is answered privately and opens no thread. */
    static boolean asksForStats(SlashCommandInteraction command) {
        OptionMapping stats = command.getOption(OPTION_STATS);
        return stats != null && stats.getAsBoolean();
    }

    /**
     * {@code /backup-help [fix:N] [restart:true] [stats:true]}, continuing in {@code conversationChannelId}.
     *
     * @param fromAdmin whether the sender may see team-only output (decided by {@link #isAdmin})
     */
    IncomingMessage fromSlashCommand(SlashCommandInteraction command, String conversationChannelId, boolean fromAdmin) {
        OptionMapping fix = command.getOption(OPTION_FIX);
        OptionMapping restart = command.getOption(OPTION_RESTART);
        String arguments = asksForStats(command) ? "stats" : fix != null ? "fix " + fix.getAsLong()
                : restart != null && restart.getAsBoolean() ? "restart" : "";
        ConversationKey key = key(command.getGuild(), conversationChannelId, command.getUser().getId());
        return IncomingMessage.command(key, new IncomingMessage.Command(COMMAND, arguments, fromAdmin));
    }

    /**
     * Server managers, and holders of the configured support role, may see stats. Permissions are read as Discord
     * sent them with the interaction, for its channel: that also works for a member of a guild JDA has not cached,
     * where {@code Member.hasPermission(Permission)} throws {@code DetachedEntityException}. Such a member's roles are
     * not known, so there only managers count.
     */
    static boolean isAdmin(Interaction interaction, String supportRoleId) {
        Member member = interaction.getMember();
        return member != null && (member.hasPermission(interaction.getGuildChannel(), Permission.MANAGE_SERVER)
                || supportRoleId != null && interaction.isFromAttachedGuild()
                && member.getRoles().stream().anyMatch(role -> role.getId().equals(supportRoleId)));
    }

    /**
     * Whether a member may use a hand-over note's buttons: they hold the support role; where none is configured, they
     * may manage the server.
     */
    static boolean isSupport(Member member, String supportRoleId) {
        return member != null && (supportRoleId != null ? member.getRoles().stream().anyMatch(role -> role.getId()
                .equals(supportRoleId)) : member.hasPermission(Permission.MANAGE_SERVER));
    }

    /** True when the message addresses the bot by name; @everyone, @here and roles do not count. */
    boolean mentionsBot(Message message) {
        return selfMention.matcher(message.getContentRaw()).find();
    }

    /**
     * A typed message in {@code conversationChannelId}, without the bot's mention. A bare mention starts
     * the conversation as {@code /backup-help} would.
     */
    IncomingMessage fromMessage(Message message, String conversationChannelId) {
        ConversationKey key = key(message.isFromGuild() ? message.getGuild() : null, conversationChannelId,
                message.getAuthor().getId());
        String text = selfMention.matcher(message.getContentRaw()).replaceAll(" ").strip();
        if (message.getChannel() instanceof ThreadChannel post && post.getId().equals(message.getId())) {
            text = (post.getName() + "\n" + text).strip(); // a forum post's title often says it all
        }
        return TypedCommand.addressed(key, text, mentionsBot(message), !message.getAttachments().isEmpty(), COMMAND);
    }

    /** A press of one of helpbot's buttons: the conversation is the token's owner's, whoever pressed. */
    static IncomingMessage fromButton(ButtonInteraction press, ChoiceToken token) {
        return IncomingMessage.choice(key(press.getGuild(), press.getChannelId(), token.ownerId()), token.choiceId());
    }

    /**
     * The person a help thread opened off {@code starter} belongs to, or empty when the bot did not open it for
     * anyone: the bot's answer to {@code /backup-help} names who ran the command, and a message that mentioned
     * the bot is its author's.
     */
    @SuppressWarnings("deprecation") // getInteraction() is how messages from before interaction_metadata name the user.
    Optional<String> ownerOfThreadOff(Message starter) {
        if (starter.getAuthor().getId().equals(selfId)) {
            if (starter.getInteractionMetadata() != null) {
                return Optional.of(starter.getInteractionMetadata().getUser().getId());
            }
            return Optional.ofNullable(starter.getInteraction()).map(interaction -> interaction.getUser().getId());
        }
        if (starter.getAuthor().isBot() || starter.getAuthor().isSystem() || starter.isWebhookMessage()) {
            return Optional.empty();
        }
        return Optional.of(starter.getAuthor().getId());
    }

    String selfId() {
        return selfId;
    }
}
