package dev.helpbot.core.channel;

import dev.helpbot.core.Choice;
import dev.helpbot.core.IncomingMessage;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing that arrived from a platform, as the adapter describes it on the platform's I/O thread right after
 * acknowledging it: who did it, where, and how to read it. Nothing here is read yet: {@link Reading} runs later on
 * the person's lane, so whatever it throws is answered with the apology instead of an unacknowledged interaction.
 *
 * <p>How a delivery reaches a conversation:
 * <ul>
 *   <li>by default the person owns the place: a direct message, a command answered where it was typed;</li>
 *   <li>{@link Builder#opening}: a new conversation in a thread the adapter opens for the person, who then owns it;
 *       when opening fails it runs where it was asked, inline;</li>
 *   <li>{@link Builder#inThread}: a message in a thread, answered only for the thread's owner; a mention from
 *       someone else gets the "not yours" notice, and the first mention in a thread nobody owns claims it;</li>
 *   <li>{@link Builder#choice}: a pressed button, whose token names the conversation's owner; anyone else gets the
 *       "not yours" notice and the conversation is left as it was. A button on a hand-over note is the support
 *       team's instead: {@link Builder#team} says whether the one who pressed is on the team, and how the note shows
 *       what they did;</li>
 *   <li>{@link Builder#forumPost}: a new post in a help forum, whose author owns it; the conversation runs in the
 *       post, unless the post is not about backups, which gets one short reply and no conversation.</li>
 * </ul>
 */
public final class Delivery<P extends Place> {

    /** Reads the message for the conversation in {@code place}; null when there is nothing to answer. */
    @FunctionalInterface
    public interface Reading<P> {
        IncomingMessage read(P place) throws Exception;
    }

    /** Opens the place a new conversation runs in, e.g. a thread off the message that asked. */
    @FunctionalInterface
    public interface Opening<P> {
        P open(P from) throws Exception;
    }

    /** A cosmetic step before answering a pressed button, e.g. removing the pressed buttons. */
    @FunctionalInterface
    public interface Tidying<P> {
        void tidy(P place) throws Exception;
    }

    /** Whether the person who pressed a hand-over note's button is on the support team (role or user group). */
    @FunctionalInterface
    public interface TeamCheck {
        boolean onTheTeam() throws Exception;
    }

    /**
     * Shows on the pressed hand-over note what the team did, with the buttons left, and pings nobody anew.
     * {@code statusMarkup} is one line of the core's markup, e.g. "Claimed by Ines".
     */
    @FunctionalInterface
    public interface NoteUpdate<P> {
        void update(P place, String statusMarkup, List<Choice> buttonsLeft) throws Exception;
    }

    enum Kind { OWNED, START, IN_THREAD, CHOICE, FORUM_POST }

    private final String id;
    private final String personId;
    private final P place;
    private final Kind kind;
    private final Opening<P> opening;
    private final boolean mentionsBot;
    private final OwnerSource owners;
    private final ChoiceToken token;
    private final Tidying<P> tidying;
    private final TeamCheck teamCheck;
    private final String personName;
    private final NoteUpdate<P> noteUpdate;
    private final Reading<P> reading;

    private Delivery(Builder<P> builder, Reading<P> reading) {
        this.id = builder.id;
        this.personId = builder.personId;
        this.place = builder.place;
        this.kind = builder.kind;
        this.opening = builder.opening;
        this.mentionsBot = builder.mentionsBot;
        this.owners = builder.owners;
        this.token = builder.token;
        this.tidying = builder.tidying;
        this.teamCheck = builder.teamCheck;
        this.personName = builder.personName;
        this.noteUpdate = builder.noteUpdate;
        this.reading = Objects.requireNonNull(reading, "reading");
    }

    /**
     * @param id       the platform's id of this delivery, the same on a retry (Slack's event id, Discord's interaction
     *                 or message id); null when the platform gives none, and then it is never taken for a retry
     * @param personId who acted
     * @param place    where it happened: notices and the apology go here
     */
    public static <P extends Place> Builder<P> of(String id, String personId, P place) {
        return new Builder<>(id, personId, place);
    }

    /**
     * A delivery id from the platform's own, prefixed by its kind ({@code event:}, {@code command:}) so that ids of
     * different kinds never collide; null when the platform gave none.
     */
    public static String id(String kind, String platformId) {
        return platformId == null ? null : kind + platformId;
    }

    public String id() {
        return id;
    }

    public String personId() {
        return personId;
    }

    public P place() {
        return place;
    }

    Kind kind() {
        return kind;
    }

    Opening<P> opening() {
        return opening;
    }

    boolean mentionsBot() {
        return mentionsBot;
    }

    OwnerSource owners() {
        return owners;
    }

    ChoiceToken token() {
        return token;
    }

    Tidying<P> tidying() {
        return tidying;
    }

    Reading<P> reading() {
        return reading;
    }

    TeamCheck teamCheck() {
        return teamCheck;
    }

    /** The display name of who acted, for a hand-over note and the webhook; their id when the adapter gave none. */
    String personName() {
        return personName == null || personName.isBlank() ? personId : personName;
    }

    NoteUpdate<P> noteUpdate() {
        return noteUpdate;
    }

    /** The hand-over note's button this delivery pressed, if it is one. */
    Optional<StaffChoice> staffChoice() {
        return token == null ? Optional.empty() : StaffChoice.parse(token.choiceId());
    }

    /**
     * Whose lane the delivery runs in: the conversation owner's. Lanes are per person and workspace rather than per
     * thread, because a command's thread gets its id only once the command is being answered; this way the command
     * and the messages typed in its new thread can never overtake each other.
     */
    String lane() {
        // A note in a staff channel is pressed in the guild, while a direct message's conversation runs in "dm".
        String workspace = staffChoice().map(StaffChoice::workspace).orElse(place.workspace());
        return workspace + '|' + (token != null ? token.ownerId() : personId);
    }

    /** Says how the delivery reaches its conversation, then how to read it. */
    public static final class Builder<P extends Place> {
        private final String id;
        private final String personId;
        private final P place;
        private Kind kind = Kind.OWNED;
        private Opening<P> opening;
        private boolean mentionsBot;
        private OwnerSource owners = OwnerSource.NONE;
        private ChoiceToken token;
        private Tidying<P> tidying;
        private TeamCheck teamCheck;
        private String personName;
        private NoteUpdate<P> noteUpdate;

        private Builder(String id, String personId, P place) {
            this.id = id;
            this.personId = Objects.requireNonNull(personId, "personId");
            this.place = Objects.requireNonNull(place, "place");
        }

        /** A new conversation in a place {@code opening} opens for the person; null answers where it was asked. */
        public Builder<P> opening(Opening<P> newPlace) {
            if (newPlace != null) {
                this.kind = Kind.START;
                this.opening = newPlace;
            }
            return this;
        }

        /**
         * A message in the thread {@link Place#threadKey()} names, answered for its owner only.
         *
         * @param mentions whether it addresses the bot by name, which lets a thread without an owner be claimed
         * @param source   reads the owner back from the platform when the kit does not remember it
         */
        public Builder<P> inThread(boolean mentions, OwnerSource source) {
            this.kind = Kind.IN_THREAD;
            this.mentionsBot = mentions;
            this.owners = Objects.requireNonNull(source, "source");
            return this;
        }

        /** A pressed button carrying {@code pressed}; {@code tidy} (may be null) runs first, and may fail quietly. */
        public Builder<P> choice(ChoiceToken pressed, Tidying<P> tidy) {
            this.kind = Kind.CHOICE;
            this.token = Objects.requireNonNull(pressed, "pressed");
            this.tidying = tidy;
            return this;
        }

        /**
         * For a pressed button that may be on a hand-over note: whether the one who pressed is on the support team
         * (asked on the lane, so it may call the platform), their display name, and how the note shows what they did.
         */
        public Builder<P> team(TeamCheck check, String displayName, NoteUpdate<P> update) {
            this.teamCheck = Objects.requireNonNull(check, "check");
            this.personName = displayName;
            this.noteUpdate = Objects.requireNonNull(update, "update");
            return this;
        }

        /**
         * A new post in a help forum, by its author: the conversation runs in the post ({@code place}, a thread),
         * and a post the engine reads as not about backups gets one short reply and no conversation.
         */
        public Builder<P> forumPost() {
            this.kind = Kind.FORUM_POST;
            return this;
        }

        public Delivery<P> reading(Reading<P> reading) {
            return new Delivery<>(this, reading);
        }
    }
}
