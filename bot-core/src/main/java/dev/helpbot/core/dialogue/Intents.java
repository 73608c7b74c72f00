package dev.helpbot.core.dialogue;

import java.util.Set;

/**
 * The intent names the dialogue acts on. Content declares them in {@code nlu.yaml}; symptom intents,
 * the facts that rule a fix out and the near misses are not listed here because the playbook and
 * {@code near_misses.yaml} name them, so adding a fix or a redirect needs no code.
 */
public final class Intents {

    public static final String BACKUP_FAILS = "backup_fails";
    public static final String WORKED = "worked";
    public static final String NOT_WORKED = "not_worked";
    public static final String IN_PROGRESS = "in_progress";
    public static final String DID_IT = "did_it";
    public static final String QUESTION = "question";
    public static final String SKIP = "skip";
    public static final String BACK = "back";
    public static final String REPEAT = "repeat";
    public static final String START_OVER = "start_over";
    public static final String JUMP_TO_FIX = "jump_to_fix";
    public static final String HUMAN = "human";
    public static final String HELP = "help";
    public static final String GREETING = "greeting";
    public static final String THANKS = "thanks";
    public static final String BYE = "bye";
    public static final String BACK_TO_BOT = "back_to_bot";
    public static final String DEVICE_DETAIL = "device_detail";
    public static final String MODEL_UNKNOWN = "model_unknown";
    public static final String BOT_QUESTION = "bot_question";
    public static final String PERSON_QUESTION = "person_question";
    public static final String FRUSTRATION = "frustration";
    public static final String OUT_OF_SCOPE = "out_of_scope";
    /** Near misses outside iCloud backups are named so in {@code near_misses.yaml}: oos_restore, oos_other_app, ... */
    public static final String OUT_OF_SCOPE_PREFIX = "oos_";

    /** Every intent above: the content must declare them all. */
    public static final Set<String> CLASSIFIED = Set.of(BACKUP_FAILS, WORKED, NOT_WORKED, IN_PROGRESS, DID_IT,
            QUESTION, SKIP, BACK, REPEAT, START_OVER, JUMP_TO_FIX, HUMAN, HELP, GREETING, THANKS, BYE, BACK_TO_BOT,
            DEVICE_DETAIL, MODEL_UNKNOWN, BOT_QUESTION, PERSON_QUESTION, FRUSTRATION, OUT_OF_SCOPE);

    // Readings that never come from the classifier: commands, buttons and input checks produce them.
    /** {@code /backup-help} with no arguments: open or resume the conversation. */
    public static final String START = "start";
    /** A button answering "which iPhone?"; the model is in the reading. */
    public static final String PHONE_MODEL = "phone_model";
    /** Below the confidence threshold. */
    public static final String NOT_UNDERSTOOD = "not_understood";
    public static final String EMPTY = "empty";
    public static final String TOO_LONG = "too_long";
    /** A picture with no text. */
    public static final String ATTACHMENT = "attachment";
    /** A button from an earlier step, or one the bot never offered. */
    public static final String STALE_CHOICE = "stale_choice";
    /** {@code /backup-help stats}: answered by the engine from analytics, never by the policy. */
    public static final String STATS = "stats";
    /** Refused by the rate limits before anything read it. */
    public static final String RATE_LIMITED = "rate_limited";
    /** The "something else" button of a clarifying question. */
    public static final String SOMETHING_ELSE = "something_else";

    /** A support team member's button on the hand-over note, or the kit's reminder: {@code staff_claim}, ... */
    public static String staff(dev.helpbot.core.StaffAction.Kind kind) {
        return "staff_" + kind.name().toLowerCase(java.util.Locale.ROOT);
    }

    private Intents() {
    }
}
