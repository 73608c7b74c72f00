package dev.helpbot.core;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code /backup-help ...} typed as text the way the platforms deliver their slash command, for
 * channels that have no slash commands of their own (the console, {@code chat --json}, the web chat).
 */
public final class TypedCommand {

    /** The command's name, without its slash, as the platforms register it. */
    public static final String NAME = "backup-help";

    private static final Pattern TYPED = Pattern.compile("^\\s*/" + NAME + "(?:\\s+(.*))?$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private TypedCommand() {
    }

    /** The command in {@code text}, or empty when the text is not {@code /backup-help} followed by a space or nothing. */
    public static Optional<IncomingMessage.Command> parse(String text) {
        Matcher matcher = TYPED.matcher(text);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String arguments = matcher.group(1);
        return Optional.of(new IncomingMessage.Command(NAME, arguments == null ? "" : arguments));
    }

    /** What a person typed: the command when it is one, otherwise text. */
    public static IncomingMessage typed(ConversationKey key, String text) {
        return parse(text).map(command -> IncomingMessage.command(key, command))
                .orElseGet(() -> IncomingMessage.text(key, text));
    }

    /**
     * A message in a channel, the bot's mention already taken out of {@code text}: a bare mention opens or resumes the
     * conversation as the bare command would, a picture or file alone is one, and anything else is text.
     *
     * @param commandName the platform's command, without its slash
     */
    public static IncomingMessage addressed(ConversationKey key, String text, boolean mentionsBot, boolean hasAttachment,
                                            String commandName) {
        if (text.isEmpty() && mentionsBot) {
            return IncomingMessage.command(key, new IncomingMessage.Command(commandName, ""));
        }
        return text.isEmpty() && hasAttachment ? IncomingMessage.attachmentOnly(key) : IncomingMessage.text(key, text);
    }

    /** {@code {"command": "fix 4"}} and the like: the arguments of the command, with or without its name. */
    public static IncomingMessage.Command ofArguments(String arguments) {
        String stripped = arguments.strip();
        if (stripped.toLowerCase(Locale.ROOT).startsWith("/" + NAME)) {
            return parse(stripped).orElseGet(() -> new IncomingMessage.Command(NAME, stripped));
        }
        return new IncomingMessage.Command(NAME, stripped);
    }
}
