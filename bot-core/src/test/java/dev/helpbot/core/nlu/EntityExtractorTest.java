package dev.helpbot.core.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EntityExtractorTest {

    private final EntityExtractor extractor = new EntityExtractor();

    @ParameterizedTest(name = "\"{0}\" -> {1} ({2})")
    @CsvSource(delimiter = '|', value = {
            "my 8 won't back up               | iPhone 8            | EIGHT_OR_SE",
            "I have an iPhone SE              | iPhone SE           | HOME_BUTTON",
            "my iphone 7 plus is stuck        | iPhone 7 Plus       | SEVEN_OR_EARLIER",
            "13 pro max here                  | iPhone 13 Pro Max   | X_OR_LATER",
            "iphone x keeps failing           | iPhone X            | X_OR_LATER",
            "on my iphone 6s                  | iPhone 6s           | SEVEN_OR_EARLIER",
            "its an iphone 12 mini            | iPhone 12 mini      | X_OR_LATER",
            "iPhone XS Max, iOS 17            | iPhone XS Max       | X_OR_LATER",
            "got a 15 pro                     | iPhone 15 Pro       | X_OR_LATER",
            "iphone 16e                       | iPhone 16e          | X_OR_LATER",
    })
    void extract_phoneModels_nameAndFamily(String text, String name, PhoneModel.Family family) {
        assertThat(extractor.extract(text).phoneModel()).hasValue(new PhoneModel(name, family));
    }

    @ParameterizedTest(name = "\"{0}\" has no phone model")
    @CsvSource(delimiter = '|', value = {
            "show me fix 8",
            "i have 50 GB free",
            "it failed 3 times",
            "ios 17 is installed",
            "step 2 please",
    })
    void extract_numbersThatAreNotPhones_findNoModel(String text) {
        assertThat(extractor.extract(text).phoneModel()).isEmpty();
    }

    @ParameterizedTest(name = "after asking: \"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {"13 | iPhone 13", "x | iPhone X", "8 | iPhone 8", "SE | iPhone SE"})
    void extract_bareAnswerAfterTheBotAsked_isAModel(String text, String name) {
        assertThat(extractor.extract(text, true).phoneModel()).hasValueSatisfying(m -> assertThat(m.name()).isEqualTo(name));
        assertThat(extractor.extract(text, false).phoneModel()).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" -> fix {1}")
    @CsvSource(delimiter = '|', value = {
            "go to fix 4 | 4", "fix #7 please | 7", "the 3rd one | 3",
            "take me to the ninth fix | 9", "number 6 | 6",
    })
    void extract_fixNumbers(String text, int number) {
        assertThat(extractor.extract(text).fixNumber()).hasValue(number);
    }

    @ParameterizedTest(name = "\"{0}\" -> step {1}, no fix")
    @CsvSource(delimiter = '|', value = {
            "what does step 2 mean | 2", "show me step two | 2", "stuck on the 3rd step | 3", "step number 4? | 4",
    })
    void regression_stepNumbers_areStepsOfTheFixOnScreen_notFixes(String text, int step) {
        Entities found = extractor.extract(text);
        assertThat(found.stepNumber()).hasValue(step);
        assertThat(found.fixNumber()).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
            "the one with the home button | HOME_BUTTON", "it has face id | X_OR_LATER",
            "no home button on it | X_OR_LATER",
    })
    void extract_phoneDescriptions_giveTheFamily(String text, PhoneModel.Family family) {
        assertThat(extractor.extract(text, true).phoneModel()).hasValueSatisfying(m -> assertThat(m.family()).isEqualTo(family));
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
            "iphone se 2nd gen wont back up      | iPhone SE (2nd generation) | EIGHT_OR_SE",
            "my se 2020 keeps failing            | iPhone SE (2nd generation) | EIGHT_OR_SE",
            "its an iPhone SE (3rd generation)   | iPhone SE (3rd generation) | EIGHT_OR_SE",
            "i have the se 3                     | iPhone SE (3rd generation) | EIGHT_OR_SE",
            "first gen se                        | iPhone SE (1st generation) | SEVEN_OR_EARLIER",
            "old iphone se 2016                  | iPhone SE (1st generation) | SEVEN_OR_EARLIER",
    })
    void extract_iphoneSeWithItsGeneration_givesItsRestartGroup(String text, String name, PhoneModel.Family family) {
        assertThat(extractor.extract(text).phoneModel()).hasValue(new PhoneModel(name, family));
    }

    @ParameterizedTest(name = "after \"which SE?\": \"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
            "2nd gen | iPhone SE (2nd generation)", "its the third generation | iPhone SE (3rd generation)",
            "the 2016 one | iPhone SE (1st generation)",
    })
    void extract_generationAloneAfterTheBotAsked_isAnSe(String text, String name) {
        assertThat(extractor.extract(text, true).phoneModel()).hasValueSatisfying(m -> assertThat(m.name()).isEqualTo(name));
        assertThat(extractor.extract(text, true).fixNumber()).isEmpty();
    }

    @Test
    void regression_aGenerationIsNeverAFixNumber() {
        assertThat(extractor.extract("my iphone se 2nd gen wont back up").fixNumber()).isEmpty();
        assertThat(extractor.extract("the 2nd one").fixNumber()).hasValue(2);
    }

    @Test
    void extract_storageFiguresAndOtherDevices() {
        Entities found = extractor.extract("got like 30gb free on the 200 gb plan, my old ipad backup is huge");
        assertThat(found.storageFigures()).contains("30gb free", "200 gb plan");
        assertThat(found.otherDevices()).containsExactly("ipad");
    }

    @Test
    void extract_anOldIphonesBackup_isAnotherDevice_notThePhone() {
        Entities found = extractor.extract("its my old iphone 8 backup taking 40gb lol");
        assertThat(found.phoneModel()).isEmpty();
        assertThat(found.otherDevices()).containsExactly("old iphone 8");
        Entities both = extractor.extract("this 13 pro is fine but my previous iphone xr's backup is still there");
        assertThat(both.phoneModel()).map(PhoneModel::name).hasValue("iPhone 13 Pro");
        assertThat(both.otherDevices()).containsExactly("old iphone xr");
    }

    @Test
    void extract_anOldIphoneThatFailsToBackUp_isStillThePhone() {
        assertThat(extractor.extract("my old iphone 7 wont back up").phoneModel()).map(PhoneModel::name)
                .hasValue("iPhone 7");
    }

    @ParameterizedTest(name = "\"{0}\" -> iOS {1}")
    @CsvSource(delimiter = '|', value = {"I'm on iOS 14.8 | 14", "ios17 | 17", "updated to iOS 18.1.1 | 18"})
    void extract_iosVersion(String text, int major) {
        assertThat(extractor.extract(text).iosMajor()).hasValue(major);
    }

    @Test
    void extract_aDottedVersionThePhoneIsOn_isItsIos_butAFigureIsNot() {
        assertThat(extractor.extract("btw its an iphone 12 on 16.6").iosVersion()).hasValue("16.6");
        assertThat(extractor.extract("my 13 running 17.4.1 keeps failing").iosMajor()).hasValue(17);
        assertThat(extractor.extract("im on 12.5 gb of 50").iosMajor()).isEmpty();
        assertThat(extractor.extract("stuck on 15.5%").iosMajor()).isEmpty();
    }
}
