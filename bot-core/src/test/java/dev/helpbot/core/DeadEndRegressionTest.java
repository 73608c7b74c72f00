package dev.helpbot.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The dead ends of issue 10, through the whole engine with the shipped classifier: each test is named
 * after the defect it guards against.
 */
class DeadEndRegressionTest {

    private final ConversationEngine engine = TestBots.engine();
    private final ConversationKey key = ConversationKey.console("dead-ends");

    private Reply say(String text) {
        return engine.handle(IncomingMessage.text(key, text));
    }

    private Reply press(String choiceId) {
        return engine.handle(IncomingMessage.choice(key, choiceId));
    }

    private Reply jump(int fix) {
        return engine.handle(IncomingMessage.command(key, new IncomingMessage.Command("backup-help", "fix " + fix)));
    }

    @Test
    void regression_restartFixWithNoModel_stillFailing_movesOnInsteadOfAskingForTheModelAgain() {
        assertThat(jump(7).text()).contains("Which one do you have?");
        Reply reply = say("still failing");
        assertThat(reply.fix()).isEqualTo(1);
        assertThat(reply.text()).doesNotContain("couldn't tell the model");
    }

    @Test
    void regression_restartFixWithNoModel_descriptionOfThePhone_narrowsTheQuestion() {
        jump(7);
        Reply narrowed = say("its the one with the home button");
        assertThat(narrowed.fix()).isEqualTo(7);
        assertThat(narrowed.text()).contains("Which iPhone with a Home button is it?");
        assertThat(narrowed.choices()).extracting(Choice::id)
                .contains("phone_model:8_or_se", "phone_model:7_or_earlier").doesNotContain("phone_model:x_or_later");
        Reply steps = say("its an 8");
        assertThat(steps.text()).contains("1. ").contains("These steps are for your iPhone 8.");
    }

    @Test
    void regression_restartFixWithNoModel_dontKnow_showsBothWays() {
        jump(7);
        Reply reply = say("no idea which one i have");
        assertThat(reply.text()).contains("iPhone X or later").contains("iPhone 8 or SE (2nd or 3rd generation)")
                .contains("iPhone 7 or earlier, or SE (1st generation)");
    }

    @Test
    void regression_restartFixWithNoModel_isAskedAtMostTwiceInARow() {
        jump(7);
        say("banana");
        Reply third = say("banana");
        assertThat(third.text()).doesNotContain("Which one do you have?");
        assertThat(third.fix()).isEqualTo(7);
    }

    @Test
    void regression_modelMentionedInPassingOnTheWifiFix_isNotedAndDoesNotMove() {
        jump(2);
        Reply reply = say("my iphone is an 11 btw");
        assertThat(reply.fix()).isEqualTo(2);
        assertThat(reply.status()).isEqualTo(ConversationStatus.FIX);
        assertThat(reply.text()).contains("iPhone 11");
    }

    @Test
    void regression_okIDidThatNothing_isDidntHelp_notSkip() {
        jump(3);
        Reply reply = say("ok I did that, nothing");
        assertThat(reply.fix()).isEqualTo(1);
        Reply handoff = press("human");
        assertThat(handoff.handoff().orElseThrow().summary()).contains("3. Plug your iPhone in to charge: didn't help");
    }

    @Test
    void regression_backAfterFixes1_2_7_2_3_showsTheFixShownBeforeThisOne() {
        say("my iphone 13 wont back up");
        for (int fix : new int[] {1, 2, 7, 2, 3}) {
            jump(fix);
        }
        assertThat(say("go back").fix()).isEqualTo(2);
    }

    @Test
    void regression_stepTwo_isAStepOfTheFixOnScreen_notFixTwo() {
        jump(4);
        Reply reply = say("what does step 2 mean");
        assertThat(reply.fix()).isEqualTo(4);
    }

    @Test
    void regression_attachmentOnly_asksToTypeWhatItSays() {
        jump(4);
        Reply reply = engine.handle(IncomingMessage.attachmentOnly(key));
        assertThat(reply.status()).isEqualTo(ConversationStatus.FALLBACK);
        assertThat(reply.fix()).isEqualTo(4);
        assertThat(reply.text()).contains("type what the screen says");
    }
}
