package dev.helpbot.core.channel;

import dev.helpbot.core.Handoff;
import dev.helpbot.core.HandoffEvent;
import dev.helpbot.core.Markup;
import dev.helpbot.core.StaffAction;
import dev.helpbot.core.content.Content;
import dev.helpbot.core.content.ResponseKey;
import dev.helpbot.core.content.Responses;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The sentences channels say around a conversation, from {@code responses.yaml} like every other sentence, so no
 * adapter writes prose of its own. Texts come as the core's markup unless a method says plain text. Placeholders
 * that stand for platform syntax ({@code {person}}, {@code {place}}) are left in, for
 * {@link MarkupRenderer#render(String, java.util.Map)} to fill after rendering.
 */
public final class ChannelTexts {

    private final Responses responses;

    private ChannelTexts(Responses responses) {
        this.responses = Objects.requireNonNull(responses, "responses");
    }

    public static ChannelTexts from(Content content) {
        return new ChannelTexts(content.responses());
    }

    /** Someone pressed or mentioned into another person's conversation. */
    public String notYours(String command) {
        return responses.format(ResponseKey.CHANNEL_NOT_YOURS, "command", Markup.quote(command));
    }

    /** Anything failed after the platform was told the bot is on it. */
    public String apology() {
        return responses.text(ResponseKey.CHANNEL_APOLOGY);
    }

    /** The bot may not post where it was asked. */
    public String cannotPostHere(String command) {
        return responses.format(ResponseKey.CHANNEL_CANNOT_POST_HERE, "command", Markup.quote(command));
    }

    /** A help thread's name, plain text, cut to the platform's {@code maxChars}. */
    public String threadTitle(String personName, int maxChars) {
        return PlatformText.truncate(Markup.toPlainText(responses.text(ResponseKey.CHANNEL_THREAD_TITLE))
                .replace("{name}", personName), maxChars);
    }

    /** The message a help thread hangs off; {@code {person}} is left for the platform's mention. */
    public String threadStarter() {
        return responses.text(ResponseKey.CHANNEL_THREAD_STARTER);
    }

    /** What replaces a message's buttons once one was pressed. */
    public String choiceMade(String label) {
        return responses.format(ResponseKey.CHANNEL_CHOICE_MADE, "label", Markup.quote(label));
    }

    /**
     * A staff channel's hand-over note's first line, rendered: who ({@code person}) and where ({@code place}, which a
     * direct message has none of), both already in the platform's syntax.
     */
    public String handoffFrom(MarkupRenderer renderer, boolean directMessage, String person, String place) {
        return renderer.render(responses.text(directMessage ? ResponseKey.CHANNEL_HANDOFF_FROM_DIRECT_MESSAGE
                : ResponseKey.CHANNEL_HANDOFF_FROM), Map.of("person", person, "place", place));
    }

    /** The label of a link to the conversation, plain text. */
    public String handoffOpenLabel() {
        return Markup.toPlainText(responses.text(ResponseKey.CHANNEL_HANDOFF_OPEN));
    }

    /** What the slash command is for, plain text, as a command picker shows it. */
    public String commandDescription() {
        return Markup.toPlainText(responses.text(ResponseKey.CHANNEL_COMMAND_DESCRIPTION));
    }

    /** The command's fix-number option, plain text. */
    public String optionFix() {
        return Markup.toPlainText(responses.text(ResponseKey.CHANNEL_OPTION_FIX));
    }

    /** The command's start-over option, plain text. */
    public String optionRestart() {
        return Markup.toPlainText(responses.text(ResponseKey.CHANNEL_OPTION_RESTART));
    }

    /** The command's stats option, plain text. */
    public String optionStats() {
        return Markup.toPlainText(responses.text(ResponseKey.CHANNEL_OPTION_STATS));
    }

    /** The notice for a flood that a channel refuses before the conversations see it (the web chat, by address). */
    public String slowDown() {
        return responses.text(ResponseKey.SLOW_DOWN);
    }

    /**
     * A web chat hand-over note's first line, with the contact the person left quoted so it can neither format nor
     * ping; {@code contact} null or blank says they left none. An '@' inside a word (an e-mail address's) stays as
     * typed, so the team can copy the address: only one at a word's start can address people.
     */
    public String handoffFromWebChat(String contact) {
        return contact == null || contact.isBlank() ? responses.text(ResponseKey.WEB_HANDOFF_NO_CONTACT)
                : responses.format(ResponseKey.WEB_HANDOFF_FROM, "contact",
                        Markup.quote(contact.strip()).replaceAll("(?<=[^\\s@\u200B])@\u200B", "@"));
    }

    /**
     * A hand-over note's text for the team, in the core's markup: the summary, then the conversation's last turns
     * under their heading (user text in both already quoted by the engine).
     */
    public String handoffNote(Handoff handoff) {
        if (handoff.transcript().isEmpty()) {
            return handoff.summary();
        }
        return handoff.summary() + '\n' + responses.text(ResponseKey.TRANSCRIPT_HEADING) + '\n'
                + String.join("\n", handoff.transcript());
    }

    /**
     * A hand-over note as the platform shows it: {@code ping} (the platform's mention of the team, or ""), a first
     * line already rendered ({@code renderedHeader}, or null), then the note.
     */
    public String handoffNote(Handoff handoff, MarkupRenderer renderer, String ping, String renderedHeader) {
        return ping + (renderedHeader == null ? "" : renderedHeader + "\n") + renderer.render(handoffNote(handoff));
    }

    /** The label of a hand-over note's button, plain text. */
    public String staffButton(StaffAction.Kind action) {
        return Markup.toPlainText(responses.text(switch (action) {
            case CLAIM -> ResponseKey.STAFF_CHOICE_CLAIM;
            case SOLVE -> ResponseKey.STAFF_CHOICE_SOLVED;
            case RETURN, REMIND -> ResponseKey.STAFF_CHOICE_BACK_TO_BOT;
        }));
    }

    /** What a hand-over note shows once a team member ({@code name}, quoted here) claimed, solved or sent it back. */
    public String staffNote(HandoffEvent.Kind event, String name) {
        ResponseKey key = switch (event) {
            case SOLVED -> ResponseKey.STAFF_NOTE_SOLVED;
            case RETURNED -> ResponseKey.STAFF_NOTE_RETURNED;
            case CLAIMED, CREATED, REMINDED -> ResponseKey.STAFF_NOTE_CLAIMED;
        };
        return responses.format(key, "name", Markup.quote(name));
    }

    /** Someone not on the support team pressed a hand-over note's button; they alone see it. */
    public String staffOnly() {
        return responses.text(ResponseKey.STAFF_ONLY);
    }

    /** The line under the second ping, {@code handoff.reping_after} after a note nobody took. */
    public String staffReminder(long minutes) {
        return responses.format(ResponseKey.STAFF_REMINDER, "minutes", minutes);
    }

    /** The one reply to a help forum post that is not about iCloud backups. */
    public String forumOutOfScope() {
        return responses.text(ResponseKey.FORUM_OUT_OF_SCOPE);
    }

    /**
     * The web page's own words, plain text, by their name in {@code responses.yaml} without the {@code web_page_}
     * prefix ({@code send}, {@code typing}, ...), in the file's order: the page sets each as text, never as HTML.
     */
    public Map<String, String> webPage() {
        Map<String, String> page = new LinkedHashMap<>();
        for (ResponseKey key : ResponseKey.values()) {
            if (key.name().startsWith("WEB_PAGE_")) {
                page.put(key.name().substring("WEB_PAGE_".length()).toLowerCase(Locale.ROOT),
                        Markup.toPlainText(responses.text(key)));
            }
        }
        return page;
    }
}
