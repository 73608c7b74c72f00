package dev.helpbot.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each fix as a user sees it through the engine (what {@code chat --json} prints): the check after the
 * steps, warnings before them, the force restart, the cellular and adapter facts, and the steps that
 * change with the phone.
 */
class FixContentThroughEngineTest {

    /** Discord's limit is 2000 characters; an acknowledgement or a "you've checked" line may come first. */
    private static final int MAX_FIX_TEXT = 1900;

    private final ConversationEngine engine = TestBots.engine();
    private final AtomicInteger users = new AtomicInteger();

    private ConversationKey newUser() {
        return ConversationKey.console("fix-content-" + users.incrementAndGet());
    }

    private Reply jump(ConversationKey key, int fix) {
        return engine.handle(IncomingMessage.command(key, new IncomingMessage.Command("backup-help", "fix " + fix)));
    }

    private Reply fix(int number) {
        ConversationKey key = newUser();
        Reply reply = jump(key, number);
        return reply.choices().stream().anyMatch(c -> c.id().startsWith("phone_model:"))
                ? engine.handle(IncomingMessage.choice(key, "phone_model:x_or_later")) : reply;
    }

    @ParameterizedTest(name = "fix {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9})
    void everyFix_saysHowToCheck_afterItsSteps_thenAsks(int number) {
        String text = fix(number).text();
        int lastStep = text.lastIndexOf("\n1. ");
        int check = text.indexOf("**Last successful backup**");
        assertThat(text).contains("**Back Up Now**");
        assertThat(lastStep).as("has numbered steps").isPositive();
        assertThat(check).as("the check comes after the steps").isGreaterThan(lastStep);
        assertThat(text.indexOf("Did this fix it?")).as("then the question").isGreaterThan(check);
        assertThat(text.length()).as("fits one chat message").isLessThanOrEqualTo(MAX_FIX_TEXT);
    }

    @ParameterizedTest(name = "fix {0}")
    @CsvSource({"4, every device", "6, verification code", "8, Apple Pay"})
    void fixesThatDeleteOrNeedSomething_warnBeforeTheFirstStep(int number, String warned) {
        String text = fix(number).text();
        int warning = text.indexOf("**Before you start:**");
        assertThat(warning).isPositive();
        assertThat(text.indexOf(warned)).isGreaterThan(warning).isLessThan(text.indexOf("\n1. "));
    }

    @Test
    void storageFix_deletingAndUpgrading_areAlternativesNotNumberedSteps() {
        String text = fix(4).text();
        assertThat(text).contains("Then pick whichever suits you:\n**Make this backup smaller:**")
                .contains("\n**Get more space:**").contains("6 TB and 12 TB").doesNotContain("\n4. ");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "phone_model:x_or_later   | **Volume Up**, then **Volume Down**, then press and hold the **Side button**",
            "phone_model:8_or_se      | **Volume Up**, then **Volume Down**, then press and hold the **Side button**",
            "phone_model:7_or_earlier | hold **Volume Down** and the **Side button** together",
    })
    void restartFix_showsTheForceRestartForEachGroup(String choice, String forceRestart) {
        ConversationKey key = newUser();
        jump(key, 7);
        String text = engine.handle(IncomingMessage.choice(key, choice)).text();
        assertThat(text).contains("**Frozen, or no slider?** Force restart instead").contains(forceRestart)
                .doesNotContain("iPhone X or later steps");
    }

    @Test
    void restartFix_modelStaysUnknown_showsEveryGroupInOneMessage() {
        ConversationKey key = newUser();
        jump(key, 7);
        String text = engine.handle(IncomingMessage.choice(key, "model_unknown")).text();
        assertThat(text).contains("**iPhone X or later (no Home button)**")
                .contains("**iPhone 8 or SE (2nd or 3rd generation)**")
                .contains("**iPhone 7 or earlier, or SE (1st generation)**");
        assertThat(text.length()).isLessThanOrEqualTo(MAX_FIX_TEXT);
    }

    @Test
    void wifiAndPowerFixes_sayWhatIsTrueToday() {
        assertThat(fix(2).text()).contains("**Back Up Over Cellular**").contains("5G").contains("**Low Data Mode**")
                .contains("VPN").contains("**Estimating time remaining**");
        assertThat(fix(3).text()).contains("since the iPhone 12").contains("MagSafe");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', value = {
            "my iphone 8 keeps losing wifi during the backup  | top-left corner",
            "my iphone 13 keeps losing wifi during the backup | top-right corner",
            "the backup keeps losing wifi                     | top right on iPhones without a Home button",
    })
    void wifiFix_putsTheWifiIconWhereThePhoneShowsIt(String text, String where) {
        Reply reply = engine.handle(IncomingMessage.text(newUser(), text));
        assertThat(reply.fix()).isEqualTo(2);
        assertThat(reply.text()).contains(where);
    }

    @Test
    void resetFix_unknownIos_showsTheIos14PathToo_knownIos_onlyItsOwn() {
        assertThat(fix(8).text()).contains("**Transfer or Reset iPhone**").contains("On iOS 14 or earlier");
        ConversationKey key = newUser();
        engine.handle(IncomingMessage.text(key, "im on ios 14"));
        String old = jump(key, 8).text();
        assertThat(old).contains("Scroll to the bottom and tap **Reset**").doesNotContain("Transfer or Reset iPhone");
    }

    @Test
    void updateFix_saysRoomForTheUpdateIsIphoneStorage() {
        assertThat(fix(9).text()).contains("**Settings** > **General** > **iPhone Storage**")
                .contains("more iCloud storage won't help");
    }
}
