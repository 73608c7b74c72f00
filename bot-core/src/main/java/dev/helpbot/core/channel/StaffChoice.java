package dev.helpbot.core.channel;

import dev.helpbot.core.Choice;
import dev.helpbot.core.ConversationKey;
import dev.helpbot.core.StaffAction;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A button on a hand-over note, as its choice id inside the kit's {@link ChoiceToken}:
 * {@code staff:<claim|solve|return>:<handoff id>:<workspace>:<channel>}. The note may sit in a staff channel far from
 * the conversation, so the id names the conversation itself (the token names its owner), and a press after a restart
 * needs no state of ours. The engine never reads these ids from a person's message: only a press the team check let
 * through reaches it, as an {@link dev.helpbot.core.IncomingMessage#staff}.
 *
 * @param workspace the conversation key's workspace ({@code dm} for a Discord direct message, whose note is in a guild)
 * @param channel   the conversation key's channel; the last part, so it may contain ':' (Slack's {@code C1:1700.0001})
 */
record StaffChoice(StaffAction.Kind action, String handoffId, String workspace, String channel) {

    private static final String PREFIX = "staff:";

    String id() {
        return PREFIX + action.name().toLowerCase(Locale.ROOT) + ':' + handoffId + ':' + workspace + ':' + channel;
    }

    /** Empty for any other choice id, and for the reminder, which is no button. */
    static Optional<StaffChoice> parse(String choiceId) {
        if (choiceId == null || !choiceId.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String[] parts = choiceId.substring(PREFIX.length()).split(":", 4);
        if (parts.length != 4 || parts[1].isEmpty() || parts[2].isEmpty() || parts[3].isEmpty()) {
            return Optional.empty();
        }
        return switch (parts[0]) {
            case "claim" -> Optional.of(new StaffChoice(StaffAction.Kind.CLAIM, parts[1], parts[2], parts[3]));
            case "solve" -> Optional.of(new StaffChoice(StaffAction.Kind.SOLVE, parts[1], parts[2], parts[3]));
            case "return" -> Optional.of(new StaffChoice(StaffAction.Kind.RETURN, parts[1], parts[2], parts[3]));
            default -> Optional.empty();
        };
    }

    /** The conversation this note is about, owned by {@code ownerId}, on {@code platform}. */
    ConversationKey conversation(String platform, String ownerId) {
        return new ConversationKey(platform, workspace, channel, ownerId);
    }

    /** The note's buttons: Claim while nobody has, then Solved and Back to the bot; none once it is closed. */
    static List<Choice> buttons(ChannelTexts texts, String handoffId, ConversationKey conversation, boolean claimed) {
        List<Choice> buttons = new ArrayList<>(3);
        if (!claimed) {
            buttons.add(button(texts, StaffAction.Kind.CLAIM, handoffId, conversation));
        }
        buttons.add(button(texts, StaffAction.Kind.SOLVE, handoffId, conversation));
        buttons.add(button(texts, StaffAction.Kind.RETURN, handoffId, conversation));
        return buttons;
    }

    private static Choice button(ChannelTexts texts, StaffAction.Kind action, String handoffId, ConversationKey key) {
        return new Choice(new StaffChoice(action, handoffId, key.workspace(), key.channel()).id(), texts.staffButton(action));
    }
}
