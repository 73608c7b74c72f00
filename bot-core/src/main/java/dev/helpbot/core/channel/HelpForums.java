package dev.helpbot.core.channel;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Forum channels where every new post is someone asking for help (Discord's forums): which forums, the tags that
 * show a post was handed to people or solved, and how long after a resolution its thread is archived. Tags are named
 * rather than given by id, because each forum has its own tag ids; names match regardless of case.
 *
 * @param forumIds       the forums whose new posts start conversations; empty: none
 * @param solvedTag      the tag a post gets once resolved, or null for none
 * @param needsStaffTag  the tag a post gets once handed to people, or null for none
 * @param archiveAfter   how long after a resolution the thread is archived; zero: never
 */
public record HelpForums(List<String> forumIds, String solvedTag, String needsStaffTag, Duration archiveAfter) {

    /** No help forums, no tags, nothing archived. */
    public static final HelpForums NONE = new HelpForums(List.of(), null, null, Duration.ZERO);

    /** A post carries this many tags at most (Discord's limit). */
    static final int MAX_TAGS = 5;

    public HelpForums {
        forumIds = List.copyOf(forumIds);
        solvedTag = SettingChecks.optional(solvedTag);
        needsStaffTag = SettingChecks.optional(needsStaffTag);
        Objects.requireNonNull(archiveAfter, "archiveAfter");
        if (archiveAfter.isNegative()) {
            throw new IllegalArgumentException("discord.archive_after must be 0s (never) or more, got " + archiveAfter);
        }
    }

    /** Whether {@code message} is the first message of a new post ({@code thread}) in one of the help forums. */
    public boolean isNewPost(String forumId, String threadId, String messageId) {
        return forumIds.contains(forumId) && threadId.equals(messageId);
    }

    public boolean isHelpForum(String forumId) {
        return forumIds.contains(forumId);
    }

    /**
     * The names of the tags a post should carry once marked: the mark's own tag added, and "needs staff" taken off
     * once it is solved; the post's other tags stay, up to the platform's limit.
     *
     * @param current the names of the tags the post carries now
     */
    public List<String> tagsAfter(SupportTeam.Mark mark, List<String> current) {
        String added = mark == SupportTeam.Mark.RESOLVED ? solvedTag : needsStaffTag;
        String removed = mark == SupportTeam.Mark.RESOLVED ? needsStaffTag : null;
        List<String> tags = new ArrayList<>();
        for (String tag : current) {
            if (!same(tag, removed) && !same(tag, added)) {
                tags.add(tag);
            }
        }
        if (added != null) {
            tags.add(0, added);
        }
        return List.copyOf(tags.subList(0, Math.min(tags.size(), MAX_TAGS)));
    }

    /**
     * The tags a post should carry once marked, as the platform's tag objects: {@code applied} are the post's,
     * {@code name} reads a tag's name, and {@code available} finds the forum's tag of a name (tags the forum does not
     * have are left out). Empty when that changes nothing, so no request is needed.
     */
    public <T> Optional<List<T>> retag(SupportTeam.Mark mark, List<T> applied, Function<T, String> name,
                                       Function<String, Optional<T>> available) {
        List<T> tags = tagsAfter(mark, applied.stream().map(name).toList()).stream().flatMap(tag -> available.apply(tag)
                .stream()).toList();
        return tags.equals(applied) ? Optional.empty() : Optional.of(tags);
    }

    private static boolean same(String tag, String name) {
        return name != null && tag.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT));
    }
}
