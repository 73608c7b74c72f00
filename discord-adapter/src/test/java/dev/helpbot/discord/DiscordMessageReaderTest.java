package dev.helpbot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

import dev.helpbot.core.ConversationKey;
import dev.helpbot.core.IncomingMessage;
import dev.helpbot.core.channel.ChoiceToken;
import gnu.trove.map.hash.TLongObjectHashMap;
import java.util.List;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.Role;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.middleman.GuildChannel;
import net.dv8tion.jda.api.entities.channel.unions.GuildMessageChannelUnion;
import net.dv8tion.jda.api.exceptions.DetachedEntityException;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.SlashCommandInteraction;
import net.dv8tion.jda.api.interactions.components.buttons.ButtonInteraction;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.Test;
import org.mockito.MockMakers;
import org.mockito.MockSettings;

class DiscordMessageReaderTest {

    private static final String BOT = "1000";
    private static final String GUILD = "2000";
    private static final String THREAD = "6000";
    private static final String ALICE = "4000";

    /** JDA's types are interfaces: proxies mock them in milliseconds where inline mocking takes seconds. */
    private static final MockSettings JDA_INTERFACE = withSettings().mockMaker(MockMakers.PROXY);

    private final DiscordMessageReader reader = new DiscordMessageReader(BOT);

    @Test
    void fromSlashCommand_withFixOption_isCommandJumpingToThatFix() {
        Guild guild = guild();
        SlashCommandInteraction command = slashCommand(guild);
        OptionMapping fix = option(OptionType.INTEGER, "fix", 4);
        when(command.getOption("fix")).thenReturn(fix);

        IncomingMessage message = reader.fromSlashCommand(command, THREAD, false);

        assertThat(message.key()).isEqualTo(new ConversationKey("discord", GUILD, THREAD, ALICE));
        assertThat(message.command()).isEqualTo(new IncomingMessage.Command("backup-help", "fix 4"));
    }

    @Test
    void fromSlashCommand_withRestartTrue_isRestartCommand() {
        Guild guild = guild();
        SlashCommandInteraction command = slashCommand(guild);
        OptionMapping restart = option(OptionType.BOOLEAN, "restart", true);
        when(command.getOption("restart")).thenReturn(restart);

        assertThat(reader.fromSlashCommand(command, THREAD, false).command().arguments()).isEqualTo("restart");
    }

    @Test
    void fromSlashCommand_withStats_carriesWhetherTheSenderIsAdmin() {
        SlashCommandInteraction command = slashCommand(guild());
        OptionMapping stats = option(OptionType.BOOLEAN, "stats", true);
        when(command.getOption("stats")).thenReturn(stats);

        assertThat(DiscordMessageReader.asksForStats(command)).isTrue();
        assertThat(reader.fromSlashCommand(command, THREAD, true).command())
                .isEqualTo(new IncomingMessage.Command("backup-help", "stats", true));
        assertThat(reader.fromSlashCommand(command, THREAD, false).command().fromAdmin()).isFalse();
    }

    @Test
    void isAdmin_managersAndSupportRoleHolders_only() {
        Member manager = mock(Member.class, JDA_INTERFACE);
        when(manager.hasPermission(any(GuildChannel.class), eq(Permission.MANAGE_SERVER))).thenReturn(true);
        Role support = mock(Role.class, JDA_INTERFACE);
        when(support.getId()).thenReturn("5000");
        Member supporter = mock(Member.class, JDA_INTERFACE);
        when(supporter.getRoles()).thenReturn(List.of(support));
        Member member = mock(Member.class, JDA_INTERFACE);
        when(member.getRoles()).thenReturn(List.of());

        assertThat(DiscordMessageReader.isAdmin(commandBy(manager, true), null)).isTrue();
        assertThat(DiscordMessageReader.isAdmin(commandBy(supporter, true), "5000")).isTrue();
        assertThat(DiscordMessageReader.isAdmin(commandBy(supporter, true), null)).isFalse();
        assertThat(DiscordMessageReader.isAdmin(commandBy(member, true), "5000")).isFalse();
        assertThat(DiscordMessageReader.isAdmin(commandBy(null, true), "5000")).as("DMs have no member").isFalse();
    }

    @Test
    void regression_isAdmin_inAGuildJdaHasNotCached_readsTheInteractionsPermissionsInsteadOfThrowing() {
        // Member.hasPermission(Permission) and getRoles() throw DetachedEntityException there, before any ack.
        Member detached = mock(Member.class, JDA_INTERFACE);
        when(detached.hasPermission(any(Permission[].class))).thenThrow(new DetachedEntityException());
        when(detached.getRoles()).thenThrow(new DetachedEntityException());
        when(detached.hasPermission(any(GuildChannel.class), eq(Permission.MANAGE_SERVER))).thenReturn(true, false);

        assertThat(DiscordMessageReader.isAdmin(commandBy(detached, false), "5000")).isTrue();
        assertThat(DiscordMessageReader.isAdmin(commandBy(detached, false), "5000")).as("roles unknown there").isFalse();
    }

    @Test
    void fromSlashCommand_inDirectMessages_isKeyedUnderDm() {
        SlashCommandInteraction command = slashCommand(null);

        IncomingMessage message = reader.fromSlashCommand(command, "7000", false);

        assertThat(message.key()).isEqualTo(new ConversationKey("discord", "dm", "7000", ALICE));
        assertThat(message.command().arguments()).isEmpty();
    }

    @Test
    void fromMessage_mentioningTheBot_dropsTheMentionFromTheText() {
        Guild guild = guild();
        Message mention = message(guild, "<@" + BOT + "> my backup keeps failing <@!" + BOT + ">");

        IncomingMessage message = reader.fromMessage(mention, THREAD);

        assertThat(message.text()).isEqualTo("my backup keeps failing");
        assertThat(message.key()).isEqualTo(new ConversationKey("discord", GUILD, THREAD, ALICE));
    }

    @Test
    void fromMessage_bareMention_startsTheConversationLikeTheCommand() {
        Guild guild = guild();
        IncomingMessage message = reader.fromMessage(message(guild, "  <@" + BOT + ">  "), THREAD);

        assertThat(message.command()).isEqualTo(new IncomingMessage.Command("backup-help", ""));
    }

    @Test
    void regression_fromMessage_onlyAScreenshot_isAnAttachmentNotAnEmptyText() {
        Message screenshot = message(guild(), "");
        when(screenshot.getAttachments()).thenReturn(List.of(mock(Message.Attachment.class)));

        IncomingMessage message = reader.fromMessage(screenshot, THREAD);

        assertThat(message.attachmentOnly()).isTrue();
        assertThat(reader.fromMessage(message(guild(), ""), THREAD).text()).isEmpty();
    }

    @Test
    void fromMessage_inDirectMessages_keepsOtherTextAsTyped() {
        Message direct = message(null, "not enough storage @everyone");

        IncomingMessage message = reader.fromMessage(direct, "7000");

        assertThat(message.key().workspace()).isEqualTo("dm");
        assertThat(message.text()).isEqualTo("not enough storage @everyone");
    }

    @Test
    void mentionsBot_everyoneRolesOrOtherUsers_doNotCount() {
        Guild guild = guild();
        Message everyone = message(guild, "@everyone @here <@&1000> <@1001> help");
        Message nickname = message(guild, "hey <@!1000>");

        assertThat(reader.mentionsBot(everyone)).isFalse();
        assertThat(reader.mentionsBot(nickname)).isTrue();
    }

    @Test
    void fromButton_helpbotButton_isTheOwnersChoiceWhoeverPressed() {
        ButtonInteraction click = buttonClick("hb1|" + ALICE + "|-|not_worked:4", "4001");

        IncomingMessage message = DiscordMessageReader.fromButton(click, ChoiceToken.decode(click.getComponentId()).orElseThrow());

        assertThat(message.choiceId()).isEqualTo("not_worked:4");
        assertThat(message.key()).isEqualTo(new ConversationKey("discord", GUILD, THREAD, ALICE));
    }

    @Test
    void ownerOfThreadOff_starterOfEachKind_namesWhoTheThreadWasOpenedFor() {
        Message commandAnswer = starter(BOT, false);
        // A class, not an interface: the inline mock maker, as the test it replaces did.
        Message.InteractionMetadata metadata = mock(Message.InteractionMetadata.class);
        User runner = alice(ALICE);
        when(metadata.getUser()).thenReturn(runner);
        when(commandAnswer.getInteractionMetadata()).thenReturn(metadata);
        Message botNotice = starter(BOT, false);
        Message mention = starter(ALICE, false);
        Message otherBot = starter("4999", true);

        assertThat(reader.ownerOfThreadOff(commandAnswer)).contains(ALICE);
        assertThat(reader.ownerOfThreadOff(botNotice)).as("the bot's own message without a command").isEmpty();
        assertThat(reader.ownerOfThreadOff(mention)).contains(ALICE);
        assertThat(reader.ownerOfThreadOff(otherBot)).isEmpty();
    }

    private static OptionMapping option(OptionType type, String name, Object value) {
        DataObject json = DataObject.empty().put("type", type.getKey()).put("name", name).put("value", value);
        return new OptionMapping(json, new TLongObjectHashMap<>(), null, null);
    }

    private static Guild guild() {
        Guild guild = mock(Guild.class, JDA_INTERFACE);
        when(guild.getId()).thenReturn(GUILD);
        return guild;
    }

    private static User alice(String id) {
        User user = mock(User.class, JDA_INTERFACE);
        when(user.getId()).thenReturn(id);
        return user;
    }

    private static SlashCommandInteraction slashCommand(Guild guild) {
        User user = alice(ALICE);
        SlashCommandInteraction command = mock(SlashCommandInteraction.class, JDA_INTERFACE);
        when(command.isFromGuild()).thenReturn(guild != null);
        when(command.getGuild()).thenReturn(guild);
        when(command.getUser()).thenReturn(user);
        return command;
    }

    private static Message message(Guild guild, String content) {
        User author = alice(ALICE);
        Message message = mock(Message.class, JDA_INTERFACE);
        when(message.isFromGuild()).thenReturn(guild != null);
        when(message.getGuild()).thenReturn(guild);
        when(message.getAuthor()).thenReturn(author);
        when(message.getContentRaw()).thenReturn(content);
        return message;
    }

    private static SlashCommandInteraction commandBy(Member member, boolean attachedGuild) {
        SlashCommandInteraction command = mock(SlashCommandInteraction.class, JDA_INTERFACE);
        GuildMessageChannelUnion channel = mock(GuildMessageChannelUnion.class, JDA_INTERFACE);
        when(command.getMember()).thenReturn(member);
        when(command.getGuildChannel()).thenReturn(channel);
        when(command.isFromAttachedGuild()).thenReturn(attachedGuild);
        return command;
    }

    private static Message starter(String authorId, boolean bot) {
        User author = alice(authorId);
        when(author.isBot()).thenReturn(bot);
        Message message = mock(Message.class, JDA_INTERFACE);
        when(message.getAuthor()).thenReturn(author);
        return message;
    }

    private static ButtonInteraction buttonClick(String customId, String clickerId) {
        Guild guild = guild();
        User clicker = alice(clickerId);
        ButtonInteraction click = mock(ButtonInteraction.class, JDA_INTERFACE);
        when(click.getComponentId()).thenReturn(customId);
        when(click.isFromGuild()).thenReturn(true);
        when(click.getGuild()).thenReturn(guild);
        when(click.getChannelId()).thenReturn(THREAD);
        when(click.getUser()).thenReturn(clicker);
        return click;
    }
}
