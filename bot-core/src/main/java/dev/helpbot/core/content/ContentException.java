package dev.helpbot.core.content;

import java.util.List;
import java.util.stream.Collectors;

/** The content files are invalid. Carries every problem found, not just the first. */
public final class ContentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<ContentProblem> problems;

    public ContentException(List<ContentProblem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    public List<ContentProblem> problems() {
        return problems;
    }

    private static String describe(List<ContentProblem> problems) {
        return problems.size() + " problem(s) in the bot's content:\n"
                + problems.stream().map(p -> "  - " + p).collect(Collectors.joining("\n"));
    }
}
