package dev.helpbot.core.channel;

import dev.helpbot.core.Choice;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lays a reply's choices out as rows of buttons within a platform's limits, the same way on every platform: in
 * the order offered, the first one the suggested move, each carrying its choice token, labels cut without breaking
 * a character. What does not fit is left out (it can still be typed) and logged.
 */
public final class ChoiceButtons {

    private static final Logger LOG = LoggerFactory.getLogger(ChoiceButtons.class);

    /** One button: its token (the custom id or value), its label, and whether it is the suggested move. */
    public record Button(String token, String label, boolean primary) {
    }

    /** A platform's limits for buttons. */
    public record Limits(int perRow, int maxButtons, int maxTokenLength, int maxLabelLength) {
    }

    private ChoiceButtons() {
    }

    /** @param tokenOf the token a choice's button carries, e.g. {@code c -> ChoiceToken.of(owner, c.id())} */
    public static List<List<Button>> rows(List<Choice> choices, Function<Choice, ChoiceToken> tokenOf, Limits limits) {
        List<Button> buttons = new ArrayList<>();
        for (Choice choice : choices) {
            if (buttons.size() == limits.maxButtons()) {
                LOG.warn("A reply offered {} choices; the platform shows {} buttons at most, the rest can be typed",
                        choices.size(), limits.maxButtons());
                break;
            }
            Optional<String> token = tokenOf.apply(choice).encode(limits.maxTokenLength());
            if (token.isEmpty()) {
                LOG.warn("Choice id '{}' is too long for a button; it can still be typed", choice.id());
                continue;
            }
            buttons.add(new Button(token.get(), PlatformText.truncate(choice.label().strip(), limits.maxLabelLength()),
                    buttons.isEmpty()));
        }
        List<List<Button>> rows = new ArrayList<>();
        for (int from = 0; from < buttons.size(); from += limits.perRow()) {
            rows.add(List.copyOf(buttons.subList(from, Math.min(from + limits.perRow(), buttons.size()))));
        }
        return rows;
    }
}
