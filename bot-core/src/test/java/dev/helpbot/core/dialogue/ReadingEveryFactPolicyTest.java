package dev.helpbot.core.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helpbot.core.Choice;
import dev.helpbot.core.ConversationStatus;
import dev.helpbot.core.TestBots;
import dev.helpbot.core.content.Content;
import dev.helpbot.core.content.FaqEntry;
import dev.helpbot.core.dialogue.FixAttempt.Outcome;
import dev.helpbot.core.dialogue.Reading.Move;
import dev.helpbot.core.nlu.Entities;
import dev.helpbot.core.nlu.PhoneModel;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Turns of several readings, and the dead ends of issue 10, through the pure policy. */
class ReadingEveryFactPolicyTest {

    private final Content content = TestBots.content();
    private final DialoguePolicy policy = new DialoguePolicy(content.playbook(), content.responses(), 2000);

    private static Turn said(Entities entities, Reading... readings) {
        List<Turn.Clause> clauses = java.util.Arrays.stream(readings).map(r -> new Turn.Clause("words", r, 0.9)).toList();
        return new Turn(clauses, entities, "words");
    }

    private static Turn said(Reading... readings) {
        return said(Entities.NONE, readings);
    }

    private static Reading ruledOut(int fix, String words) {
        return new Reading.RuledOut(fix, "fact_" + fix, words);
    }

    private Decision decide(Session session, Reading... readings) {
        return policy.decide(session, said(readings));
    }

    private static Reading jump(int fix) {
        return new Reading.Navigate(Move.JUMP, OptionalInt.of(fix));
    }

    private static final PhoneModel IPHONE_11 = new PhoneModel("iPhone 11", PhoneModel.Family.X_OR_LATER);

    @Test
    void factsRuleOutFixes_andAreSaidBackInOneLine() {
        Decision d = decide(Session.NEW, new Reading.Generic(), ruledOut(1, "switch is on"), ruledOut(2, "im on wifi"),
                ruledOut(3, "its plugged in"));
        assertThat(d.reply().fix()).isEqualTo(4);
        assertThat(d.reply().text()).startsWith(
                "You've checked the backup switch, Wi-Fi and charging, so let's look at storage.");
        assertThat(d.session().ruledOut(2)).isTrue();
    }

    @Test
    void symptomAmongFacts_wins() {
        Decision d = decide(Session.NEW, ruledOut(2, "the router is fine"), new Reading.Symptom(4, "storage_full"));
        assertThat(d.reply().fix()).isEqualTo(4);
        assertThat(d.reply().intent()).isEqualTo("storage_full");
    }

    @Test
    void factAboutTheFixOnScreen_movesOnWithoutCallingItAFailure() {
        Decision d = decide(Session.NEW.showing(4), ruledOut(4, "30gb free"));
        assertThat(d.reply().fix()).isEqualTo(1);
        assertThat(d.session().attempt(4)).hasValue(new FixAttempt(4, Outcome.SHOWN));
        assertThat(d.session().wasTried(4)).isTrue();
    }

    @Test
    void progress_saysLetItFinish_andTheFixStays() {
        Decision d = decide(Session.NEW.showing(2), new Reading.InProgress());
        assertThat(d.reply().status()).isEqualTo(ConversationStatus.FIX);
        assertThat(d.reply().fix()).isEqualTo(2);
        assertThat(d.reply().intent()).isEqualTo(Intents.IN_PROGRESS);
        assertThat(d.reply().text()).contains("Let it finish");
    }

    @Test
    void question_isAnsweredFromContent_andTheFixStays() {
        FaqEntry entry = content.faq().entries().stream().filter(e -> e.fix().equals(OptionalInt.of(4))).findFirst()
                .orElseThrow();
        Decision d = decide(Session.NEW.showing(4), new Reading.Question(Optional.of(entry)));
        assertThat(d.reply().status()).isEqualTo(ConversationStatus.FIX);
        assertThat(d.reply().fix()).isEqualTo(4);
        assertThat(d.reply().text()).startsWith(entry.answer()).contains("Fix 4 of 9");
    }

    @Test
    void compoundNavigation_actsOnTheLastInstruction() {
        Reading skip = Reading.Navigate.to(Move.SKIP);
        Decision d = decide(Session.NEW.showing(1), skip, skip, jump(9));
        assertThat(d.reply().fix()).isEqualTo(9);
    }

    @Test
    void otherDeviceInPassing_isAFactNotATopicChange() {
        Entities ipad = new Entities(Optional.empty(), OptionalInt.empty(), Optional.empty(), OptionalInt.empty(), OptionalInt.empty(),
                List.of(), List.of("ipad"));
        Decision d = policy.decide(Session.NEW.showing(4), said(ipad, new Reading.InProgress()));
        assertThat(d.reply().fix()).isEqualTo(4);
        assertThat(d.session().facts()).contains(new Fact(Fact.Kind.DEVICE, 0, "ipad"));
    }

    @Test
    void botQuestion_getsAnHonestAnswer_andNothingMoves() {
        Decision d = decide(Session.NEW.showing(3), new Reading.Social(Reading.SocialKind.BOT_QUESTION));
        assertThat(d.reply().text()).contains("I'm a bot").contains("9 fixes");
        assertThat(d.reply().fix()).isEqualTo(3);
        assertThat(d.reply().handoff()).isEmpty();
    }

    @Test
    void askingWhetherAPersonIsThere_isNotYetARequestForOne() {
        Decision d = decide(Session.NEW.showing(3), new Reading.Social(Reading.SocialKind.PERSON_QUESTION));
        assertThat(d.reply().handoff()).isEmpty();
        assertThat(d.session().stage()).isEqualTo(Stage.FIX);
    }

    @Test
    void comingBackAfterASuccess_keepsWhatWasTried() {
        Session resolved = decide(Session.NEW.showing(4), new Reading.Worked(true)).session();
        Decision d = decide(resolved, new Reading.NotWorked());
        assertThat(d.reply().fix()).isEqualTo(1);
        assertThat(d.session().attempt(4)).hasValue(new FixAttempt(4, Outcome.WORKED));
        d = decide(d.session(), new Reading.Symptom(4, "storage_full"));
        assertThat(d.reply().fix()).as("storage was tried: not shown again unasked").isNotEqualTo(4);
    }

    @Test
    void regression_modelQuestionThenStillFailing_movesOnInsteadOfAskingAgain() {
        Session asking = decide(Session.NEW, new Reading.Symptom(7, "phone_glitchy")).session();
        assertThat(asking.awaitingPhoneModel()).isTrue();
        Decision d = decide(asking, new Reading.NotWorked());
        assertThat(d.reply().fix()).isEqualTo(1);
        assertThat(d.session().attempt(7)).hasValue(new FixAttempt(7, Outcome.FAILED));
    }

    @Test
    void regression_modelQuestion_isAskedAtMostTwiceInARow() {
        Session session = decide(Session.NEW, new Reading.Symptom(7, "phone_glitchy")).session();
        Decision second = decide(session, new Reading.NotUnderstood());
        assertThat(second.session().awaitingPhoneModel()).isTrue();
        Decision third = decide(second.session(), new Reading.NotUnderstood());
        assertThat(third.session().awaitingPhoneModel()).isFalse();
        assertThat(third.reply().text()).contains("iPhone X or later").contains("iPhone 8 or SE (2nd or 3rd generation)")
                .contains("iPhone 7 or earlier, or SE (1st generation)");
        assertThat(third.reply().fix()).isEqualTo(7);
    }

    @Test
    void regression_dontKnowTheModel_showsBothWays() {
        Session asking = decide(Session.NEW, new Reading.Symptom(7, "phone_glitchy")).session();
        Decision d = decide(asking, new Reading.ModelUnknown());
        assertThat(d.reply().text()).contains("iPhone X or later").contains("iPhone 8 or SE (2nd or 3rd generation)")
                .contains("iPhone 7 or earlier, or SE (1st generation)")
                .contains("Did this fix it?");
        assertThat(d.reply().choices()).extracting(Choice::id).contains("worked:7");
    }

    @Test
    void regression_modelMentionedInPassing_isNotedAndNothingMoves() {
        Decision d = policy.decide(Session.NEW.showing(2), said(Entities.phone(IPHONE_11), new Reading.Detail()));
        assertThat(d.reply().fix()).isEqualTo(2);
        assertThat(d.reply().status()).isEqualTo(ConversationStatus.FIX);
        assertThat(d.reply().text()).contains("iPhone 11");
        assertThat(d.session().phone()).hasValue(IPHONE_11);
    }

    @Test
    void regression_backAfterRevisitingAFix_showsTheFixShownBeforeThisOne() {
        Session session = Session.NEW.learning(Entities.phone(IPHONE_11)).showing(1);
        for (int fix : new int[] {2, 7, 2, 3}) {
            session = decide(session, jump(fix)).session();
        }
        Decision back = decide(session, Reading.Navigate.to(Move.BACK));
        assertThat(back.reply().fix()).isEqualTo(2);
        assertThat(decide(back.session(), Reading.Navigate.to(Move.BACK)).reply().fix()).isEqualTo(7);
    }

    @Test
    void regression_attachmentOnly_asksToTypeWhatItSays() {
        Decision d = decide(Session.NEW.showing(4), new Reading.Attachment());
        assertThat(d.reply().status()).isEqualTo(ConversationStatus.FALLBACK);
        assertThat(d.reply().fix()).isEqualTo(4);
        assertThat(d.reply().text()).contains("type what the screen says");
    }

    @Test
    void handoffSummary_listsTheFacts_andCallsAFixFailedOnlyWhenAnswered() {
        Session session = decide(Session.NEW, new Reading.Generic(), ruledOut(1, "the switch is on")).session();
        session = decide(session, new Reading.Symptom(4, "storage_full")).session();
        Decision d = decide(session, new Reading.AskPerson());
        String summary = d.reply().handoff().orElseThrow().summary();
        assertThat(summary).contains("“the switch is on”").contains("rules out fix 1")
                .contains("2. Check your Wi-Fi connection: shown, no answer").doesNotContain("didn't help");
    }

    @Test
    void clarify_asksWithAButtonPerReadingAndSomethingElse() {
        Decision d = decide(Session.NEW, new Reading.Clarify(List.of(new Reading.Symptom(4, "storage_full"),
                new Reading.Symptom(2, "wifi_problem"))));
        assertThat(d.reply().status()).isEqualTo(ConversationStatus.CLARIFY);
        assertThat(d.reply().fix()).isNull();
        assertThat(d.reply().choices()).extracting(Choice::id).containsExactly("storage_full", "wifi_problem",
                Intents.SOMETHING_ELSE);
    }

    @Test
    void clarify_onAFix_keepsTheFixAndIsAskedAtMostTwice() {
        Reading.Clarify unsure = new Reading.Clarify(List.of(new Reading.NotWorked(), new Reading.Worked(false)));
        Decision first = decide(Session.NEW.showing(5), unsure);
        assertThat(first.reply().fix()).isEqualTo(5);
        Decision second = decide(first.session(), unsure);
        assertThat(second.reply().status()).isEqualTo(ConversationStatus.CLARIFY);
        Decision third = decide(second.session(), unsure);
        assertThat(third.reply().status()).isNotEqualTo(ConversationStatus.CLARIFY);
        assertThat(third.reply().choices()).extracting(Choice::id).contains("human");
    }

    @Test
    void notUnderstoodThreeTimesInARow_offersEveryMoveAndAPerson() {
        Session session = Session.NEW.showing(2);
        for (int i = 0; i < 2; i++) {
            session = decide(session, new Reading.NotUnderstood()).session();
        }
        Decision third = decide(session, new Reading.NotUnderstood());
        assertThat(third.reply().text()).contains("another way");
        assertThat(third.reply().choices()).extracting(Choice::id).contains("not_worked:2", "human");
    }
}
