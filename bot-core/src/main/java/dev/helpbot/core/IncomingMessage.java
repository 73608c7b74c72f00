package dev.helpbot.core;

import java.util.Objects;

/**
 * What a person did, in platform-neutral form: typed text, pressed a choice, ran a command, or sent
 * only a picture; or what the support team did to the conversation's hand-over. Exactly one of {@code text},
 * {@code choiceId}, {@code command}, {@code attachmentOnly} and {@code staff} is set; use the factories.
 *
 * @param attachmentOnly true for a message that is only a picture or file, with no text
 * @param staff          a support team member's button on the hand-over note, in the conversation of {@code key}
 * @param deliveryId     the platform delivery that brought it, the same when the platform delivers it again; null when
 *                       there is none (the console). A message whose delivery the conversation last answered gets that
 *                       answer again, and the conversation does not move on twice.
 */
public record IncomingMessage(ConversationKey key, String text, String choiceId, Command command,
                              boolean attachmentOnly, StaffAction staff, String deliveryId) {

    public IncomingMessage {
        Objects.requireNonNull(key, "key");
        int kinds = (text != null ? 1 : 0) + (choiceId != null ? 1 : 0) + (command != null ? 1 : 0)
                + (attachmentOnly ? 1 : 0) + (staff != null ? 1 : 0);
        if (kinds != 1) {
            throw new IllegalArgumentException(
                    "an IncomingMessage carries exactly one of text, choiceId, command, an attachment or a staff action");
        }
    }

    /** Free text typed by the user. Empty text is allowed: the engine answers it with a hint. */
    public static IncomingMessage text(ConversationKey key, String text) {
        return new IncomingMessage(key, Objects.requireNonNull(text, "text"), null, null, false, null, null);
    }

    /** A pressed button or numbered option, by the {@link Choice#id()} the bot offered. */
    public static IncomingMessage choice(ConversationKey key, String choiceId) {
        return new IncomingMessage(key, null, Objects.requireNonNull(choiceId, "choiceId"), null, false, null, null);
    }

    /** A slash command such as {@code /backup-help fix 4}. */
    public static IncomingMessage command(ConversationKey key, Command command) {
        return new IncomingMessage(key, null, null, Objects.requireNonNull(command, "command"), false, null, null);
    }

    /** A message with a picture or file and no text, such as a screenshot of the error. */
    public static IncomingMessage attachmentOnly(ConversationKey key) {
        return new IncomingMessage(key, null, null, null, true, null, null);
    }

    /** A support team member's button on the hand-over note of the conversation at {@code key}. */
    public static IncomingMessage staff(ConversationKey key, StaffAction action) {
        return new IncomingMessage(key, null, null, null, false, Objects.requireNonNull(action, "action"), null);
    }

    /** The same message, brought by the platform delivery {@code id} (see {@link #deliveryId()}). */
    public IncomingMessage withDeliveryId(String id) {
        return new IncomingMessage(key, text, choiceId, command, attachmentOnly, staff, id);
    }

    /**
     * A slash command and its raw argument text.
     *
     * @param name      the command without its slash, e.g. {@code backup-help}
     * @param arguments everything after the name, e.g. {@code fix 4}; empty when none
     * @param fromAdmin true when the platform says the sender may see team-only output such as stats
     */
    public record Command(String name, String arguments, boolean fromAdmin) {
        public Command {
            Objects.requireNonNull(name, "name");
            arguments = arguments == null ? "" : arguments.strip();
        }

        /** A command from someone without admin rights. */
        public Command(String name, String arguments) {
            this(name, arguments, false);
        }
    }
}
