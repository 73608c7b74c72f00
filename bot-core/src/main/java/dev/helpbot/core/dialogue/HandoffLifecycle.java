package dev.helpbot.core.dialogue;

import dev.helpbot.core.ConversationStatus;
import dev.helpbot.core.Handoff;
import dev.helpbot.core.HandoffEvent;
import dev.helpbot.core.Markup;
import dev.helpbot.core.Reply;
import dev.helpbot.core.StaffAction;
import dev.helpbot.core.content.Playbook;
import dev.helpbot.core.content.ResponseKey;
import dev.helpbot.core.content.Responses;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A hand-over from the bot's side: opened when the dialogue escalates, taken, solved or sent back by the support
 * team's buttons, closed when the person goes back to the bot; and the transcript the note shows. Pure like the rest
 * of the dialogue: the time and a fresh id come in as arguments.
 */
final class HandoffLifecycle {

    private final Playbook playbook;
    private final Responses responses;
    private final ReplyComposer compose;
    private final HandoffSummary summary;

    HandoffLifecycle(Playbook playbook, Responses responses, ReplyComposer compose) {
        this.playbook = playbook;
        this.responses = responses;
        this.compose = compose;
        this.summary = new HandoffSummary(playbook, responses);
    }

    /**
     * After the policy answered a person: the turn joins the transcript, an escalation opens a ticket, and leaving the
     * escalated stage closes it. A silent answer (people are handling it) tells the team nothing, and is not kept.
     *
     * @param said  how the person spoke; null when it tells the team nothing (the bare command that opens or resumes a
     *              conversation)
     * @param words what they typed, or the id of the choice they pressed
     */
    Decision afterTurn(Session before, Decision decided, TranscriptTurn.Said said, String words, int maxTurns,
                       Instant now, Supplier<String> newId) {
        Session after = decided.session();
        Reply reply = decided.reply();
        if (said != null && !reply.isSilent()) {
            after = after.recording(new TranscriptTurn(said, words, reply.status(), reply.fix() == null ? 0 : reply.fix()),
                    maxTurns);
        }
        if (reply.handoff().isPresent()) {
            HandoffTicket ticket = HandoffTicket.opened(newId.get(), reply.handoff().get().reason(), now);
            after = after.withTicket(ticket);
            reply = reply.withHandoffEvent(new HandoffEvent(HandoffEvent.Kind.CREATED, handoff(after, ticket), null, now));
        } else if (before.ticket() != null && after.stage() != Stage.ESCALATED) {
            reply = reply.withHandoffEvent(new HandoffEvent(HandoffEvent.Kind.RETURNED, handoff(after, before.ticket()),
                    before.ticket().claimerName(), now));
            after = after.withTicket(null);
        }
        return new Decision(after, reply);
    }

    /**
     * A team member's button, or the kit's reminder. A reply without an event is a refusal, for the one who pressed
     * only: the hand-over is closed, or someone took it already. {@code backToTheBot} is the policy's answer to the
     * person's own "back to the bot", which the team's button gives too.
     */
    Decision onStaff(Session session, StaffAction action, Instant now, Supplier<Decision> backToTheBot) {
        Optional<HandoffTicket> open = session.openTicket().filter(ticket -> ticket.id().equals(action.handoffId()));
        ConversationStatus status = session.stage().status();
        if (open.isEmpty()) {
            return refusal(session, action.kind() == StaffAction.Kind.REMIND ? "" : text(ResponseKey.STAFF_HANDOFF_CLOSED));
        }
        HandoffTicket ticket = open.get();
        String name = ticket.claimer().orElse(action.staffName());
        return switch (action.kind()) {
            case REMIND -> ticket.claimed() ? refusal(session, "")
                    : event(session, compose.silent(status), HandoffEvent.Kind.REMINDED, ticket, now);
            case CLAIM -> {
                if (ticket.claimed()) {
                    yield refusal(session, responses.format(ResponseKey.STAFF_ALREADY_CLAIMED, "name", quoted(name)));
                }
                HandoffTicket taken = ticket.claimedBy(action.staffId(), action.staffName(), now);
                Session claimed = session.withTicket(taken);
                Reply told = compose.reminder(claimed, responses.format(ResponseKey.STAFF_CLAIMED, "name", quoted(name)),
                        ConversationStatus.ESCALATED);
                yield event(claimed, told, HandoffEvent.Kind.CLAIMED, taken, now);
            }
            case SOLVE -> {
                Session solved = session.inStage(Stage.RESOLVED).withTicket(null);
                yield closing(solved, compose.resolved(text(ResponseKey.STAFF_SOLVED)), HandoffEvent.Kind.SOLVED, ticket,
                        name, now);
            }
            case RETURN -> {
                Decision back = backToTheBot.get();
                yield closing(back.session().withTicket(null), back.reply(), HandoffEvent.Kind.RETURNED, ticket, name,
                        now);
            }
        };
    }

    /** The hand-over as the team sees it now: the summary of the session and its transcript. */
    Handoff handoff(Session session, HandoffTicket ticket) {
        return new Handoff(ticket.id(), ticket.reason(), summary.render(session, ticket.reason()), transcript(session),
                ticket.openedAtInstant(), List.of());
    }

    /** One line of markup per turn, oldest first: what the person said or pressed, and what the bot did. */
    List<String> transcript(Session session) {
        List<String> lines = new ArrayList<>(session.transcript().size());
        for (TranscriptTurn turn : session.transcript()) {
            String said = switch (turn.said()) {
                case TEXT, COMMAND -> responses.format(ResponseKey.TRANSCRIPT_SAID_TEXT, "words", quoted(turn.words()));
                case CHOICE -> responses.format(ResponseKey.TRANSCRIPT_SAID_CHOICE, "label",
                        quoted(compose.choices().labelOf(turn.words())));
                case ATTACHMENT -> text(ResponseKey.TRANSCRIPT_SAID_ATTACHMENT);
            };
            lines.add(responses.format(ResponseKey.TRANSCRIPT_TURN, "said", said, "answered", answered(turn)));
        }
        return lines;
    }

    private String answered(TranscriptTurn turn) {
        if (turn.answered() == ConversationStatus.FIX && playbook.hasFix(turn.fix())) {
            return responses.format(ResponseKey.TRANSCRIPT_ANSWERED_FIX, "number", turn.fix(),
                    "title", playbook.fix(turn.fix()).title());
        }
        return text(switch (turn.answered()) {
            case IDLE, FIX -> ResponseKey.TRANSCRIPT_ANSWERED_IDLE;
            case RESOLVED -> ResponseKey.TRANSCRIPT_ANSWERED_RESOLVED;
            case ESCALATED -> ResponseKey.TRANSCRIPT_ANSWERED_ESCALATED;
            case FALLBACK -> ResponseKey.TRANSCRIPT_ANSWERED_FALLBACK;
            case CLARIFY -> ResponseKey.TRANSCRIPT_ANSWERED_CLARIFY;
        });
    }

    private Decision event(Session session, Reply reply, HandoffEvent.Kind kind, HandoffTicket ticket, Instant now) {
        return new Decision(session, reply.withHandoffEvent(new HandoffEvent(kind, handoff(session, ticket),
                ticket.claimerName(), now)));
    }

    /** Solved or back to the bot: the ticket is gone from the session, and the event names who had it. */
    private Decision closing(Session session, Reply reply, HandoffEvent.Kind kind, HandoffTicket ticket, String claimer,
                             Instant now) {
        return new Decision(session, reply.withHandoffEvent(new HandoffEvent(kind, handoff(session, ticket), claimer,
                now)));
    }

    private static Decision refusal(Session session, String text) {
        return new Decision(session, new Reply(text, List.of(), session.stage().status(), null, null, 1.0,
                Optional.empty()));
    }

    private String text(ResponseKey key) {
        return responses.text(key);
    }

    /** Names and words people typed, made safe to put in markup: nothing in them can format or ping. */
    private static String quoted(String words) {
        return Markup.quote(words);
    }
}
