package dev.helpbot.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.model.Message;
import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import dev.helpbot.core.Choice;
import dev.helpbot.core.Handoff;
import dev.helpbot.core.Markup;
import dev.helpbot.core.Reply;
import dev.helpbot.core.channel.ChannelTexts;
import dev.helpbot.core.channel.ChoiceButtons;
import dev.helpbot.core.channel.ChoiceToken;
import dev.helpbot.core.channel.MarkupRenderer;
import dev.helpbot.core.channel.Outbox;
import dev.helpbot.core.channel.PlaceUnavailable;
import dev.helpbot.core.channel.PlatformRefusal;
import dev.helpbot.core.channel.PlatformText;
import dev.helpbot.core.channel.RetryAfter;
import dev.helpbot.core.channel.SharedDesk;
import dev.helpbot.core.channel.StaffDesk;
import dev.helpbot.core.channel.SupportTeam;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Core replies as Block Kit, and the few Web API calls that post them: the kit's outbox and, with
 * {@code slack.handoff_channel_id} set, its staff desk. Text goes in mrkdwn sections; each choice is a button with a
 * stable action id ({@value #ACTION_ID_PREFIX}n) whose value is the kit's choice token, naming the conversation's
 * owner and thread. Every call fails loudly with Slack's error code and is repeated after the wait Slack asks for
 * when it rate-limits; calls run on a person's lane, so a wait delays only them.
 */
class SlackPoster implements Outbox<SlackPlace>, StaffDesk<SlackPlace>, SharedDesk, SupportTeam<SlackPlace> {

    static final String ACTION_ID_PREFIX = "hb_choice_";
    static final String ACTION_ID_PATTERN = "^" + ACTION_ID_PREFIX + "\\d+$";

    private static final Logger LOG = LoggerFactory.getLogger(SlackPoster.class);
    /** Slack's limits: 25 elements an actions block, 2,000 characters of value, 75 of button text. */
    private static final ChoiceButtons.Limits BUTTONS = new ChoiceButtons.Limits(25, 100, 2000, 75);
    /** Slack's limit for a section's text; the fallback text is kept as short, for notifications. */
    private static final int SECTION_LIMIT = 3000;
    /** Slack's answers for a channel the bot may not post in. */
    private static final Set<String> CANNOT_POST = Set.of("not_in_channel", "channel_not_found", "is_archived");

    /**
     * A message ready for {@code chat.postMessage}: Block Kit blocks, the fallback text Slack shows in notifications
     * and to clients that cannot draw blocks, and message metadata (null for none).
     */
    record SlackMessage(String text, List<LayoutBlock> blocks, Message.Metadata metadata) {
    }

    private final MethodsClient client;
    private final RetryAfter retry = RetryAfter.forRefusals(e -> e instanceof SlackApiException api
            && api.getResponse() != null && api.getResponse().code() == 429
            ? Optional.of(RetryAfter.parse(api.getResponse().header("Retry-After"))) : Optional.empty());
    private final ChannelTexts texts;
    /** Its user group is pinged on a hand-over (none: nobody); its staff channel takes summaries (none: in the thread). */
    private final SlackSettings settings;

    SlackPoster(MethodsClient client, ChannelTexts texts, SlackSettings settings) {
        this.client = client;
        this.texts = texts;
        this.settings = settings;
    }

    @Override
    public void post(SlackPlace place, Reply reply, String ownerId) throws Exception {
        if (place.respond() != null && place.threadTs() == null && !reply.isSilent()) {
            place.respond().send(SlackText.RENDERER.render(reply.text()));
        } else if (!reply.isSilent()) {
            post(place, write(reply, place, ownerId));
        }
    }

    @Override
    public void notice(SlackPlace place, String personId, String markup) throws Exception {
        if (place.respond() != null) {
            place.respond().send(SlackText.RENDERER.render(markup));
            return;
        }
        retry.call("chat.postEphemeral", () -> check("chat.postEphemeral", client.chatPostEphemeral(r -> r
                .channel(place.channelId()).threadTs(place.threadTs()).user(personId).text(SlackText.RENDERER.render(markup)))));
    }

    @Override
    public void postHandoff(SlackPlace place, Handoff handoff, String ownerId) throws Exception {
        post(place, handoff(handoff, null, ownerId, place.threadPart()));
    }

    /**
     * In the staff channel, with a permalink to the thread. The person is named by id, not mentioned: a mention would
     * notify them in the staff channel, and the thread's first message already mentions them.
     */
    @Override
    public void post(Handoff handoff, SlackPlace conversation, String ownerId) throws Exception {
        String link = link(conversation).map(url -> " (" + new SlackText().link(url, texts.handoffOpenLabel()) + ")").orElse("");
        String header = texts.handoffFrom(SlackText.RENDERER, conversation.isDirectMessage(), SlackText.escape(ownerId),
                "<#" + conversation.channelId() + ">" + link);
        post(new SlackPlace(conversation.workspace(), settings.handoffChannelId(), null, null), handoff(handoff, header, ownerId, SlackPlace.TOP_LEVEL));
    }

    /** Another channel's hand-over (the web chat's) in the staff channel, under its own first line. */
    @Override
    public void post(Handoff handoff, String fromMarkup) throws Exception {
        post(new SlackPlace("-", settings.handoffChannelId(), null, null), handoff(handoff, SlackText.RENDERER.render(fromMarkup), null, null));
    }

    /** A Slack conversation's channel part is {@code C…:thread_ts}, or {@code D…:main} for a direct message. */
    @Override
    public SlackPlace conversation(SlackPlace pressedIn, String workspace, String channel, String ownerId) {
        return new SlackPlace(workspace, channel.substring(0, channel.indexOf(':')), channel.substring(channel.indexOf(':') + 1), null);
    }

    /** A link to the thread, when Slack gives one safe to put in a link; without one the channel alone is named. */
    @Override
    public Optional<String> link(SlackPlace conversation) {
        try {
            String permalink = conversation.threadTs() == null ? null : retry.call("chat.getPermalink", () -> check(
                    "chat.getPermalink", client.chatGetPermalink(r -> r.channel(conversation.channelId())
                            .messageTs(conversation.threadTs())))).getPermalink();
            return Optional.ofNullable(MarkupRenderer.isSafeUrl(permalink) ? permalink : null);
        } catch (Exception e) {
            LOG.debug("No permalink for a hand-over, naming the channel alone: {}", e.toString());
            return Optional.empty();
        }
    }

    /** Posts in the thread (or at the top level) and returns the new message's ts. */
    String post(SlackPlace where, SlackMessage message) throws Exception {
        try {
            return retry.call("chat.postMessage", () -> check("chat.postMessage", client.chatPostMessage(r -> r
                    .channel(where.channelId()).threadTs(where.threadTs()).text(message.text())
                    .blocks(message.blocks().isEmpty() ? null : message.blocks()).metadata(message.metadata())
                    .linkNames(false).unfurlLinks(false).unfurlMedia(false)))).getTs();
        } catch (PlatformRefusal e) {
            throw CANNOT_POST.contains(e.code()) ? new PlaceUnavailable(e.getMessage(), e) : e;
        }
    }

    /** Whether the user is in the support user group (none: nobody is); needs the usergroups:read scope. */
    boolean inSupportGroup(String userId) throws Exception {
        return settings.supportUserGroupId() != null && retry.call("usergroups.users.list", () -> check("usergroups.users.list",
                client.usergroupsUsersList(r -> r.usergroup(settings.supportUserGroupId())))).getUsers().contains(userId);
    }

    /** Replaces a message's blocks, e.g. a pressed message's buttons by the choice made. */
    void update(String channelId, String ts, String text, List<LayoutBlock> blocks) throws Exception {
        retry.call("chat.update", () -> check("chat.update", client.chatUpdate(r -> r.channel(channelId).ts(ts).text(text)
                .blocks(blocks))));
    }

    /**
     * The parent message of the thread at {@code place}, with its metadata, or empty if Slack has no such message.
     * Needs channels:history, groups:history or im:history for the kind of channel.
     */
    Optional<Message> threadParent(SlackPlace place) throws Exception {
        List<Message> messages = retry.call("conversations.replies", () -> check("conversations.replies",
                client.conversationsReplies(r -> r.channel(place.channelId()).ts(place.threadTs()).limit(1)
                        .includeAllMetadata(true)))).getMessages();
        // Only the message whose ts is the thread's is its parent; anything else Slack returns is not.
        return messages == null ? Optional.empty() : messages.stream().filter(m -> place.threadTs().equals(m.getTs())).findFirst();
    }

    /** The reply for {@code ownerUserId}'s conversation in {@code place}. */
    SlackMessage write(Reply reply, SlackPlace place, String ownerUserId) {
        List<LayoutBlock> blocks = new ArrayList<>(sections(SlackText.RENDERER.render(reply.text())));
        blocks.addAll(buttons(reply.choices(), ownerUserId, place.threadPart()));
        String plain = Markup.toPlainText(reply.text());
        String fallback = plain.isBlank() ? String.join(" · ", reply.choices().stream().map(Choice::label).toList()) : plain;
        return new SlackMessage(PlatformText.truncate(SlackText.escape(fallback), SECTION_LIMIT), blocks, null);
    }

    /**
     * The summary for the support team, pinging the configured user group and nobody else; {@code mrkdwnHeader}
     * (or null) is a first line the adapter wrote in mrkdwn, such as a link to the conversation.
     */
    SlackMessage handoff(Handoff handoff, String mrkdwnHeader, String ownerUserId, String threadPart) {
        // The summary already says why (asked for a person, or every fix failed); we only add the ping.
        // The id was validated by SlackSettings, so it is safe in Slack's user group syntax.
        String ping = settings.supportUserGroupId() == null ? "" : "<!subteam^" + settings.supportUserGroupId() + "> ";
        String text = texts.handoffNote(handoff, SlackText.RENDERER, ping, mrkdwnHeader);
        List<LayoutBlock> blocks = new ArrayList<>(sections(text));
        blocks.addAll(buttons(handoff.choices(), ownerUserId, threadPart));
        return new SlackMessage(PlatformText.truncate(text, SECTION_LIMIT), blocks, null);
    }

    /**
     * Choices as action blocks of buttons with stable action ids, their values the kit's tokens for {@code ownerUserId}
     * in the thread {@code threadPart}; none without an owner.
     */
    private static List<LayoutBlock> buttons(List<Choice> choices, String ownerUserId, String threadPart) {
        List<LayoutBlock> blocks = new ArrayList<>();
        int index = 0;
        for (List<ChoiceButtons.Button> row : ownerUserId == null ? List.<List<ChoiceButtons.Button>>of()
                : ChoiceButtons.rows(choices, choice -> new ChoiceToken(ownerUserId, threadPart, choice.id()), BUTTONS)) {
            List<BlockElement> buttons = new ArrayList<>();
            for (ChoiceButtons.Button button : row) {
                buttons.add(ButtonElement.builder().actionId(ACTION_ID_PREFIX + index++).value(button.token())
                        .text(PlainTextObject.builder().text(button.label()).emoji(true).build()).build());
            }
            blocks.add(ActionsBlock.builder().blockId("hb_choices_" + blocks.size()).elements(buttons).build());
        }
        return blocks;
    }

    /**
     * The pressed message with its buttons replaced by what was chosen, so old buttons cannot be pressed again; then
     * the {@code left} buttons (a hand-over note's) for the owner of {@code token}.
     */
    static List<LayoutBlock> withChoiceMade(List<LayoutBlock> original, String choiceMadeMrkdwn, List<Choice> left, ChoiceToken token) {
        List<LayoutBlock> blocks = new ArrayList<>(original.stream().filter(b -> !(b instanceof ActionsBlock)).toList());
        blocks.add(ContextBlock.builder().elements(List.of(mrkdwn(choiceMadeMrkdwn))).build());
        blocks.addAll(buttons(left, token.ownerId(), token.place()));
        return blocks;
    }

    /** Split at line ends, so that a section never cuts a link or a bold run in half unless a line is too long. */
    private static List<LayoutBlock> sections(String mrkdwn) {
        return PlatformText.split(mrkdwn, SECTION_LIMIT).stream()
                .<LayoutBlock>map(chunk -> SectionBlock.builder().text(mrkdwn(chunk)).build()).toList();
    }

    // verbatim: Slack must not auto-link names or parse mentions in text we already escaped.
    private static MarkdownTextObject mrkdwn(String text) {
        return MarkdownTextObject.builder().text(text).verbatim(true).build();
    }

    private static <T extends SlackApiTextResponse> T check(String method, T response) throws PlatformRefusal {
        if (!response.isOk()) {
            List<String> retryAfter = response.getHttpResponseHeaders() == null ? null
                    : response.getHttpResponseHeaders().get("retry-after");
            throw new PlatformRefusal(method, response.getError(), "ratelimited".equals(response.getError()),
                    retryAfter == null || retryAfter.isEmpty() ? null : retryAfter.get(0));
        }
        return response;
    }
}
