package dev.helpbot.core.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helpbot.core.Choice;
import dev.helpbot.core.ConversationStatus;
import dev.helpbot.core.Handoff;
import dev.helpbot.core.TestBots;
import dev.helpbot.core.content.Content;
import dev.helpbot.core.dialogue.FixAttempt.Outcome;
import dev.helpbot.core.nlu.Entities;
import dev.helpbot.core.nlu.PhoneModel;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** One test per transition of the pure policy: (session, turn) in, (session, reply) out. */
class DialoguePolicyTest {

    private final Content content = TestBots.content();
    private final DialoguePolicy policy = new DialoguePolicy(content.playbook(), content.responses(), 2000);

    private Decision decide(Session session, Reading reading) {
        return policy.decide(session, Turn.of(reading));
    }

    private static Reading symptom(int fix) {
        return new Reading.Symptom(fix, "symptom_of_" + fix);
    }

    private static final Reading NOT_WORKED = new Reading.NotWorked();
    private static final Reading SKIP = Reading.Navigate.to(Reading.Move.SKIP);
    private static final Reading HUMAN = new Reading.AskPerson();

    private Session onFix(int fix) {
        return Session.NEW.showing(fix);
    }

    @Test
    void start_newConversation_welcomesWithStartingChoices() {
        Decision d = decide(Session.NEW, new Reading.Start());
        assertThat(d.reply().status()).isEqualTo(ConversationStatus.IDLE);
        assertThat(d.reply().choices()).extracting(Choice::id).containsExactly("backup_fails", "storage_full", "human");
    }

    @Test
    void symptom_whenIdle_jumpsToItsFix() {
        Decision d = decide(Session.NEW, symptom(4));
        assertThat(d.session().currentFix()).isEqualTo(4);
        assertThat(d.reply().status()).isEqualTo(ConversationStatus.FIX);
        assertThat(d.reply().fix()).isEqualTo(4);
        assertThat(d.reply().text()).startsWith("**Fix 4 of 9 · ").contains("\n1. ").endsWith("Did this fix it?");
    }

    @Test
    void genericFailure_whenIdle_startsAtFixOne() {
        assertThat(decide(Session.NEW, new Reading.Generic()).session().currentFix()).isEqualTo(1);
    }

    @Test
    void notWorked_afterSymptomJump_continuesWithLowestUntriedFix() {
        Decision d = decide(onFix(4), NOT_WORKED);
        assertThat(d.session().currentFix()).isEqualTo(1);
        assertThat(d.session().attempt(4)).hasValue(new FixAttempt(4, Outcome.FAILED));
        assertThat(d.reply().text()).startsWith("Thanks for trying that.\n**Fix 1 of 9");
    }

    @Test
    void notWorked_neverShowsATriedFixAgain() {
        Session session = onFix(1);
        for (int expected = 2; expected <= 9; expected++) {
            session = decide(session, NOT_WORKED).session();
            if (session.awaitingPhoneModel()) {
                session = decide(session, phone(PhoneModel.Family.X_OR_LATER)).session();
            }
            assertThat(session.currentFix()).isEqualTo(expected);
        }
    }

    @Test
    void notWorked_onLastUntriedFix_escalatesWithSummary() {
        Session session = onFix(1);
        for (int i = 0; i < 8; i++) {
            session = decide(session, SKIP).session();
            if (session.awaitingPhoneModel()) {
                session = decide(session, phone(PhoneModel.Family.EIGHT_OR_SE)).session();
            }
        }
        Decision d = decide(session, NOT_WORKED);
        assertThat(d.session().stage()).isEqualTo(Stage.ESCALATED);
        assertThat(d.reply().status()).isEqualTo(ConversationStatus.ESCALATED);
        assertThat(d.reply().handoff()).hasValueSatisfying(h -> {
            assertThat(h.reason()).isEqualTo(Handoff.Reason.ALL_FIXES_FAILED);
            assertThat(h.summary()).contains("1. Turn on iCloud Backup: skipped").contains("9. ").contains("didn't help");
        });
    }

    @Test
    void worked_onFix_resolvesAndRecordsTheOutcome() {
        Decision d = decide(onFix(2), new Reading.Worked(true));
        assertThat(d.session().stage()).isEqualTo(Stage.RESOLVED);
        assertThat(d.session().attempt(2)).hasValue(new FixAttempt(2, Outcome.WORKED));
        assertThat(d.reply().status()).isEqualTo(ConversationStatus.RESOLVED);
    }

    @Test
    void worked_saidWithLowConfidence_asksToConfirmInsteadOfClosing() {
        Decision d = policy.decide(onFix(1), Turn.read("yeah its on", new Reading.Worked(false), 0.6));
        assertThat(d.session().stage()).isEqualTo(Stage.FIX);
        assertThat(d.reply().text()).startsWith("Just to be sure");
        assertThat(d.reply().choices()).extracting(Choice::id).contains("worked:1", "not_worked:1");
    }

    @Test
    void symptomOfTheFixOnScreen_confirmsTheFix_andTheFixStays() {
        Decision d = decide(onFix(5), symptom(5));
        assertThat(d.session().attempt(5)).hasValue(new FixAttempt(5, Outcome.SHOWN));
        assertThat(d.reply().fix()).isEqualTo(5);
        assertThat(d.reply().text()).startsWith("That's just what this fix is for.");
    }

    @Test
    void symptomOfAnotherUntriedFix_duringAFix_jumpsThere() {
        Decision d = decide(onFix(1), symptom(4));
        assertThat(d.session().currentFix()).isEqualTo(4);
    }

    @Test
    void skip_marksSkippedAndAdvances() {
        Decision d = decide(onFix(3), SKIP);
        assertThat(d.session().attempt(3)).hasValue(new FixAttempt(3, Outcome.SKIPPED));
        assertThat(d.reply().text()).startsWith("Okay, let's leave that one for now.");
    }

    @Test
    void back_returnsToThePreviouslyShownFix() {
        Session session = decide(onFix(4), NOT_WORKED).session();
        assertThat(session.currentFix()).isEqualTo(1);
        assertThat(decide(session, Reading.Navigate.to(Reading.Move.BACK)).session().currentFix()).isEqualTo(4);
    }

    @Test
    void back_onFirstFix_staysAndSaysSo() {
        Decision d = decide(onFix(1), Reading.Navigate.to(Reading.Move.BACK));
        assertThat(d.session().currentFix()).isEqualTo(1);
        assertThat(d.reply().text()).startsWith("This is the first fix");
    }

    @Test
    void repeat_showsTheSameFixAgain() {
        Decision d = decide(onFix(5), Reading.Navigate.to(Reading.Move.REPEAT));
        assertThat(d.reply().fix()).isEqualTo(5);
        assertThat(d.reply().text()).contains("Fix 5 of 9").contains("apple.com/support/systemstatus");
    }

    @Test
    void startOver_forgetsProgressButKeepsThePhone() {
        Session session = onFix(5).learning(Entities.phone(PhoneModel.ofFamily(PhoneModel.Family.X_OR_LATER))).answering(Outcome.FAILED);
        Decision d = decide(session, Reading.Navigate.to(Reading.Move.START_OVER));
        assertThat(d.session().stage()).isEqualTo(Stage.IDLE);
        assertThat(d.session().attempts()).isEmpty();
        assertThat(d.session().phone()).isPresent();
    }

    @Test
    void jumpToFix_withNumber_showsThatFix() {
        Decision d = decide(onFix(1), jump(8));
        assertThat(d.session().currentFix()).isEqualTo(8);
    }

    @Test
    void jumpToFix_outOfRange_offersTheList() {
        Decision d = decide(onFix(1), jump(12));
        assertThat(d.reply().status()).isEqualTo(ConversationStatus.FALLBACK);
        assertThat(d.reply().text()).contains("1 to 9");
        assertThat(d.reply().choices()).hasSize(9);
    }

    @Test
    void restartFix_withUnknownPhone_asksWhichIphone() {
        Decision d = decide(Session.NEW, symptom(7));
        assertThat(d.session().awaitingPhoneModel()).isTrue();
        assertThat(d.reply().choices()).extracting(Choice::id)
                .contains("phone_model:x_or_later", "phone_model:8_or_se", "phone_model:7_or_earlier", "skip:7");
    }

    @Test
    void restartFix_phoneFamiliesGetDifferentSteps() {
        Session asking = decide(Session.NEW, symptom(7)).session();
        String faceId = decide(asking, phone(PhoneModel.Family.X_OR_LATER)).reply().text();
        String eightOrSe = decide(asking, phone(PhoneModel.Family.EIGHT_OR_SE)).reply().text();
        String sevenOrEarlier = decide(asking, phone(PhoneModel.Family.SEVEN_OR_EARLIER)).reply().text();
        assertThat(faceId).contains("one of the volume buttons").isNotEqualTo(eightOrSe);
        assertThat(eightOrSe).doesNotContain("one of the volume buttons").doesNotContain("Top button");
        assertThat(sevenOrEarlier).contains("Top button").contains("**Home button**");
    }

    @Test
    void whileAskingForPhone_unrelatedText_asksAgainWithHint() {
        Session asking = decide(Session.NEW, symptom(7)).session();
        Decision d = decide(asking, new Reading.NotUnderstood());
        assertThat(d.session().awaitingPhoneModel()).isTrue();
        assertThat(d.reply().status()).isEqualTo(ConversationStatus.FALLBACK);
        assertThat(d.reply().text()).contains("Model Name");
    }

    @Test
    void resetFix_onOldIos_usesTheOldPath() {
        Session oldIos = Session.NEW.learning(new Entities(Optional.empty(), OptionalInt.of(14), OptionalInt.empty()));
        String text = decide(oldIos, symptom(8)).reply().text();
        assertThat(text).doesNotContain("Transfer or Reset iPhone");
        String current = decide(Session.NEW, symptom(8)).reply().text();
        assertThat(current).contains("Transfer or Reset iPhone");
    }

    @Test
    void outOfScope_keepsTheFixAndSaysWhatTheBotDoes() {
        Decision d = decide(onFix(6), new Reading.OffTopic());
        assertThat(d.session().currentFix()).isEqualTo(6);
        assertThat(d.reply().status()).isEqualTo(ConversationStatus.FALLBACK);
        assertThat(d.reply().fix()).isEqualTo(6);
        assertThat(d.reply().text()).contains("only help");
    }

    @Test
    void human_escalatesAtOnce() {
        Decision d = decide(onFix(3), HUMAN);
        assertThat(d.reply().handoff()).hasValueSatisfying(h -> assertThat(h.reason()).isEqualTo(Handoff.Reason.REQUESTED));
    }

    @Test
    void escalated_staysSilentUntilBackToBot() {
        Session escalated = decide(onFix(3), HUMAN).session();
        assertThat(decide(escalated, NOT_WORKED).reply().isSilent()).isTrue();
        Decision back = decide(escalated, new Reading.BackToBot());
        assertThat(back.session().stage()).isEqualTo(Stage.FIX);
        assertThat(back.reply().fix()).isEqualTo(3);
    }

    /** Found by EngineFuzzTest: a too-long message during a handoff got a silent reply. */
    @Test
    void regression_tooLongWhileEscalated_stillGetsTheNotice() {
        Session escalated = decide(onFix(3), HUMAN).session();
        Decision d = decide(escalated, new Reading.TooLong());
        assertThat(d.reply().text()).contains("2000 characters");
        assertThat(d.session().stage()).isEqualTo(Stage.ESCALATED);
    }

    @Test
    void staleChoice_explainsAndShowsWhereWeAre() {
        Decision d = decide(onFix(3), new Reading.StaleChoice());
        assertThat(d.session()).isEqualTo(onFix(3));
        assertThat(d.reply().text()).contains("earlier step").contains("Fix 3 of 9");
    }

    @Test
    void handoffSummary_quotesUserTextSoItCannotPing() {
        Session session = policy.decide(Session.NEW, Turn.read(
                "@everyone <!channel> *bold* my backup fails", new Reading.Generic(), 0.9)).session();
        String summary = decide(session, HUMAN).reply().handoff().orElseThrow().summary();
        assertThat(summary).doesNotContain("@everyone").doesNotContain("<!channel>").contains("\\*bold\\*");
    }

    private static Reading phone(PhoneModel.Family family) {
        return new Reading.PhoneChoice(PhoneModel.ofFamily(family));
    }

    private static Reading jump(int number) {
        return new Reading.Navigate(Reading.Move.JUMP, OptionalInt.of(number));
    }
}
