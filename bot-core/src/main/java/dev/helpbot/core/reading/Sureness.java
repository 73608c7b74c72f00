package dev.helpbot.core.reading;

import dev.helpbot.core.dialogue.Reading;
import dev.helpbot.core.dialogue.Reading.Kind;
import java.util.regex.Pattern;

/** How sure a reading must be before the bot acts on it, where acting on a wrong guess costs more. */
final class Sureness {

    /** Small talk other than hello and thanks is answered only this sure; below, the bot says it didn't follow. */
    static final double SURE_SMALL_TALK = 0.75;
    /** "Help pls" is plain enough; a request read as help with less than this is likely something else. */
    static final double SURE_HELP = 0.7;
    /** A fact that rules a fix out is acted on only this sure. */
    static final double SURE_FACT = 0.5;
    /** "Already" is how people say a fact: "it was already charging when it failed". */
    static final double SURE_FACT_SAID_ALREADY = 0.35;
    private static final Pattern ALREADY = Pattern.compile("(?i)\\b(?:already|alr|allready)\\b");
    /** A request for a person is acted on only this sure: it pings the support team. */
    static final double SURE_ASK_PERSON = 0.7;
    static final double SURE_ASK_WITHOUT_A_PERSON = 0.9;
    /** "can someone real help me": asking for a real person says it outright, however the rest reads. */
    static final double SURE_ASK_A_REAL_PERSON = 0.3;
    private static final Pattern A_REAL_PERSON = Pattern.compile("(?i)\\b(?:someone|somebody|anyone|a person|a human)\\s+"
            + "(?:real|actual)\\b|\\b(?:real|actual|live)\\s+(?:person|human|people|someone|agent)\\b");
    private static final Pattern PERSON_WORD = Pattern.compile(
            "(?i)\\b(person|people|human|someone|somebody|anyone|agent|staff|mod|mods|moderator|admin|support|team|"
                    + "real|live|help ?desk|operator|rep|representative|escalate)\\b");

    private Sureness() {
    }

    /**
     * Readings acted on only when sure. Small talk other than hello and thanks: "lmaooo" read as venting
     * would get an answer to something never said. A request for a person pings the support team, so
     * without a word for a person in it ("🙏🙏🙏 pls") it needs to be read with near certainty.
     */
    static Reading unlessUnsure(Reading reading, double confidence, String words) {
        if (reading instanceof Reading.Social social && social.what() != Reading.SocialKind.GREETING
                && social.what() != Reading.SocialKind.THANKS
                && confidence < (social.what() == Reading.SocialKind.HELP ? SURE_HELP : SURE_SMALL_TALK)) {
            return new Reading.NotUnderstood();
        }
        if (reading instanceof Reading.Social social && social.what() == Reading.SocialKind.BYE
                && Farewells.loneWordThatIsNot(words)) {
            return new Reading.NotUnderstood();
        }
        if (reading.kind() == Kind.ASK_PERSON && confidence < (A_REAL_PERSON.matcher(words).find() ? SURE_ASK_A_REAL_PERSON
                : PERSON_WORD.matcher(words).find() ? SURE_ASK_PERSON : SURE_ASK_WITHOUT_A_PERSON)) {
            return new Reading.NotUnderstood();
        }
        if (reading.kind() == Kind.RULED_OUT
                && confidence < (ALREADY.matcher(words).find() ? SURE_FACT_SAID_ALREADY : SURE_FACT)) {
            // A fact takes a fix off the walk: "i love this server" read as "iCloud is up" must not.
            return new Reading.NotUnderstood();
        }
        return reading;
    }
}
