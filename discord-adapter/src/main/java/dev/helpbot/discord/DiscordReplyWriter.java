package dev.helpbot.discord;

import dev.helpbot.core.Choice;
import dev.helpbot.core.Handoff;
import dev.helpbot.core.Reply;
import dev.helpbot.core.channel.ChannelTexts;
import dev.helpbot.core.channel.ChoiceButtons;
import dev.helpbot.core.channel.ChoiceToken;
import dev.helpbot.core.channel.HelpForums;
import dev.helpbot.core.channel.Outbox;
import dev.helpbot.core.channel.PlatformText;
import dev.helpbot.core.channel.RetryAfter;
import dev.helpbot.core.channel.StaffDesk;
import dev.helpbot.core.channel.SupportTeam;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.Channel;
import net.dv8tion.jda.api.entities.channel.concrete.ForumChannel;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.entities.channel.forums.ForumTag;
import net.dv8tion.jda.api.entities.channel.middleman.GuildChannel;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.requests.RestAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;

/**
 * Writes core replies as Discord messages and posts them for the kit's dispatcher: markdown text, choices as
 * buttons whose custom ids are the kit's choice tokens, and allowed mentions that let nothing ping, except the
 * support role on a hand-over note. With {@code discord.handoff_channel_id} set it is also the staff desk; it is the
 * support team's side too: where a note's conversation is, a link to it, and a help forum post's tags.
 *
 * <p>It posts on a person's lane, so it waits for each request: messages go out in order, and a refused request
 * surfaces as an exception the dispatcher answers (the apology, or the note in the conversation when the staff
 * channel refused it). JDA waits out Discord's rate limits itself; {@link RetryAfter#MAX_TOTAL_WAIT} bounds how long.
 */
final class DiscordReplyWriter implements Outbox<DiscordPlace>, StaffDesk<DiscordPlace>, SupportTeam<DiscordPlace> {

    /** Discord's limits: five buttons to a row, five rows, 100 characters of custom id, 80 of label. */
    static final ChoiceButtons.Limits BUTTONS = new ChoiceButtons.Limits(5, 25, 100, 80);

    /** Its support role is pinged on hand-over (none: nobody), its staff channel takes the notes (none: inline). */
    private final DiscordSettings settings;
    private final ChannelTexts texts;

    DiscordReplyWriter(DiscordSettings settings, ChannelTexts texts) {
        this.settings = settings;
        this.texts = texts;
    }

    static <T> T complete(RestAction<T> action) {
        return action.deadline(System.currentTimeMillis() + RetryAfter.MAX_TOTAL_WAIT.toMillis()).complete();
    }

    @Override
    public void post(DiscordPlace place, Reply reply, String ownerId) {
        List<MessageCreateData> messages = messages(reply, ownerId);
        Optional.ofNullable(messages.isEmpty() ? place.clearPlaceholder() : null).ifPresent(DiscordReplyWriter::complete);
        messages.forEach(message -> complete(place.send(message)));
    }

    @Override
    public void notice(DiscordPlace place, String personId, String markup) {
        complete(place.sendPrivately(plain(DiscordMarkdown.RENDERER.render(markup))));
    }

    @Override
    public void postHandoff(DiscordPlace place, Handoff handoff, String ownerId) {
        handoff(handoff, place.inGuild(), null, ownerId).forEach(message -> complete(place.sendForStaff(message)));
    }

    /** In the staff channel, pinging the support role, saying whose conversation it is and where. */
    @Override
    public void post(Handoff handoff, DiscordPlace conversation, String ownerId) {
        GuildMessageChannel desk = channel(conversation.channel().getJDA(), GuildMessageChannel.class, settings.handoffChannelId());
        if (desk == null || !desk.canTalk()) {
            throw new IllegalStateException("discord.handoff_channel_id " + settings.handoffChannelId() + " is not a text"
                    + " channel the bot can see and post in: invite it there and give it View Channel and Send Messages");
        }
        String header = texts.handoffFrom(DiscordMarkdown.RENDERER, !conversation.inGuild(), "<@" + ownerId + ">",
                "<#" + conversation.channel().getId() + ">");
        handoff(handoff, true, header, ownerId).forEach(message -> complete(desk.sendMessage(message)));
    }

    /** A conversation's key names its channel or thread, or, in a direct message, the DM channel of its owner. */
    @Override
    public DiscordPlace conversation(DiscordPlace pressedIn, String workspace, String channel, String ownerId) {
        MessageChannel found = channel(pressedIn.channel().getJDA(), MessageChannel.class, channel);
        return DiscordPlace.channel(found != null ? found
                : complete(pressedIn.channel().getJDA().openPrivateChannelById(ownerId)), workspace);
    }

    /** With shards, a channel may belong to a guild that another shard holds. */
    private static <C extends Channel> C channel(JDA jda, Class<C> type, String id) {
        return jda.getShardManager() != null ? jda.getShardManager().getChannelById(type, id) : jda.getChannelById(type, id);
    }

    @Override
    public Optional<String> link(DiscordPlace conversation) {
        return conversation.channel() instanceof GuildChannel channel ? Optional.of(channel.getJumpUrl()) : Optional.empty();
    }

    /** A help forum's post shows it was handed to people, or solved, by its tags (named in the settings). */
    @Override
    public void mark(DiscordPlace conversation, Mark mark) {
        if (conversation.channel() instanceof ThreadChannel post && post.getParentChannel() instanceof ForumChannel forum) {
            settings.forums().retag(mark, post.getAppliedTags(), ForumTag::getName, name -> forum.getAvailableTagsByName(name,
                    true).stream().findFirst()).ifPresent(tags -> complete(post.getManager().setAppliedTags(tags)));
        }
    }

    @Override
    public Duration archiveAfter() {
        return settings.forums().archiveAfter();
    }

    @Override
    public void archive(DiscordPlace conversation) {
        if (conversation.channel() instanceof ThreadChannel thread) {
            complete(thread.getManager().setArchived(true));
        }
    }

    /**
     * The messages to post for a reply: usually one; longer text is split at line breaks, and the buttons
     * go under the last part. Empty when the reply is silent.
     */
    List<MessageCreateData> messages(Reply reply, String ownerId) {
        return reply.isSilent() ? List.of() : parts(DiscordMarkdown.RENDERER.render(reply.text()), reply.choices(), ownerId,
                null);
    }

    /**
     * The note for the support team; the first part pings the support role when {@code canPingRole}, and
     * nothing else can ping. {@code discordHeader} (or null) is a first line already in Discord markdown, such as
     * where the conversation is; user and channel mentions in it show as names, and ping nobody.
     */
    List<MessageCreateData> handoff(Handoff handoff, boolean canPingRole, String discordHeader, String ownerId) {
        String role = canPingRole ? settings.supportRoleId() : null;
        return parts(texts.handoffNote(handoff, DiscordMarkdown.RENDERER, role == null ? "" : "<@&" + role + "> ", discordHeader),
                handoff.choices(), ownerId, role);
    }

    /** Text split at line breaks to fit, with the buttons under the last part; only {@code role} (or nobody) pinged. */
    private List<MessageCreateData> parts(String discordMarkdown, List<Choice> choices, String ownerId, String role) {
        List<String> parts = PlatformText.split(discordMarkdown, Message.MAX_CONTENT_LENGTH);
        parts = parts.isEmpty() ? List.of("") : parts; // buttons only
        List<MessageCreateData> messages = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            MessageCreateBuilder builder = withoutPings(parts.get(i));
            if (role != null && i == 0) {
                builder.mentionRoles(role);
            }
            if (i == parts.size() - 1) {
                builder.setComponents(buttons(choices, ownerId));
            }
            messages.add(builder.build());
        }
        return messages;
    }

    /** Edits the pressed {@code note}: what the team did after its text, and the buttons left; the edit pings nobody. */
    void editNote(DiscordPlace pressed, Message note, String statusMarkup, List<Choice> left, String ownerId) {
        complete(pressed.hook().editOriginal(new MessageEditBuilder().setContent(PlatformText.truncate(note.getContentRaw()
                + "\n" + DiscordMarkdown.RENDERER.render(statusMarkup), Message.MAX_CONTENT_LENGTH))
                .setComponents(buttons(left, ownerId)).setAllowedMentions(EnumSet.noneOf(Message.MentionType.class)).build()));
    }

    /** One message already in Discord markdown, pinging nobody. */
    MessageCreateData plain(String discordMarkdown) {
        return withoutPings(PlatformText.truncate(discordMarkdown, Message.MAX_CONTENT_LENGTH)).build();
    }

    /** Choices as buttons, five to a row; the first is the suggested move. */
    List<ActionRow> buttons(List<Choice> choices, String ownerId) {
        return ChoiceButtons.rows(choices, choice -> ChoiceToken.of(ownerId, choice.id()), BUTTONS).stream()
                .map(row -> ActionRow.of(row.stream().map(b -> b.primary() ? Button.primary(b.token(), b.label())
                        : Button.secondary(b.token(), b.label())).toList())).toList();
    }

    private static MessageCreateBuilder withoutPings(String content) {
        // parse=[] : @everyone, @here, roles and users in the text stay plain text, whatever they look like.
        return new MessageCreateBuilder().setContent(content).setAllowedMentions(EnumSet.noneOf(Message.MentionType.class))
                .mentionRepliedUser(false);
    }
}
