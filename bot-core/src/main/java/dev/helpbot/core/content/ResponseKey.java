package dev.helpbot.core.content;

import java.util.List;
import java.util.Locale;

/**
 * Every sentence the dialogue needs from {@code responses.yaml}, with the placeholders each may use.
 * The content test fails on a missing key or an unknown placeholder, so a typo never reaches users.
 */
public enum ResponseKey {
    WELCOME,
    HELP("total"),
    GREETING,
    THANKS,
    BYE,
    FIX_HEADER("number", "total", "title"),
    FIX_QUESTION,
    TIP_PREFIX,
    WARNING_PREFIX,
    ALTERNATIVES_INTRO,
    ACK_NOT_WORKED,
    ACK_SKIPPED,
    SYMPTOM_OF_THIS_FIX,
    ACK_ALREADY_TRIED,
    FAILED_AGAIN,
    PROGRESS,
    PROGRESS_NO_FIX,
    CHECK_BACKUP,
    RULED_OUT_SAY_BACK("checked", "next"),
    RULED_OUT_NOTED("checked"),
    LIST_AND,
    DETAIL_NOTED("detail"),
    THANKS_FOR_DETAIL,
    NO_FAQ_ANSWER,
    BOT_QUESTION("total"),
    PERSON_QUESTION,
    FRUSTRATION,
    CLARIFY_QUESTION,
    ASKED_TWICE,
    ATTACHMENT_ONLY,
    EVERY_VARIANT,
    STEPS_FOR_PHONE("model"),
    MODEL_STILL_UNKNOWN,
    ASK_PHONE_MODEL,
    ASK_WHICH_MODEL("model"),
    PHONE_MODEL_NOT_UNDERSTOOD,
    RESOLVED,
    CONFIRM_WORKED,
    ALREADY_RESOLVED,
    ESCALATED_ALL_FAILED,
    ESCALATED_REQUESTED,
    BACK_TO_BOT,
    NOT_UNDERSTOOD,
    OUT_OF_SCOPE,
    NO_EARLIER_FIX,
    ASK_FIX_NUMBER,
    NO_SUCH_FIX("total"),
    EMPTY_MESSAGE,
    TOO_LONG("limit"),
    STALE_CHOICE,
    STATS_ADMINS_ONLY,
    SLOW_DOWN,
    STATS_NOT_KEPT,
    HANDOFF_TITLE("reason"),
    HANDOFF_REASON_ALL_FAILED,
    HANDOFF_REASON_REQUESTED,
    HANDOFF_USER_SAID,
    HANDOFF_PHONE,
    HANDOFF_PHONE_UNKNOWN,
    HANDOFF_FIXES_TRIED,
    HANDOFF_NO_FIXES,
    HANDOFF_FACTS,
    HANDOFF_FACT_RULED_OUT("words", "fix", "title"),
    HANDOFF_FACT_DEVICE("words"),
    HANDOFF_FACT_STORAGE("words"),
    OUTCOME_WORKED,
    OUTCOME_FAILED,
    OUTCOME_SKIPPED,
    OUTCOME_SHOWN,
    OUTCOME_RULED_OUT,
    CHOICE_START_FIX_ONE,
    CHOICE_STORAGE_FULL,
    CHOICE_HUMAN,
    CHOICE_WORKED,
    CHOICE_NOT_WORKED,
    CHOICE_SKIP,
    CHOICE_BACK,
    CHOICE_START_OVER,
    CHOICE_BACK_TO_BOT,
    CHOICE_SOMETHING_ELSE,
    CHOICE_MODEL_UNKNOWN,
    
    CHOICE_FIX_NUMBER("number", "title"),

    // Channel sentences: what every channel says around a conversation (bot-core's channel kit, ChannelTexts).
    CHANNEL_NOT_YOURS("command"),
    CHANNEL_APOLOGY,
    CHANNEL_CANNOT_POST_HERE("command"),
    CHANNEL_THREAD_TITLE("name"),
    CHANNEL_THREAD_STARTER("person"),
    CHANNEL_CHOICE_MADE("label"),
    CHANNEL_HANDOFF_FROM("person", "place"),
    CHANNEL_HANDOFF_FROM_DIRECT_MESSAGE("person"),
    CHANNEL_HANDOFF_OPEN,
    CHANNEL_COMMAND_DESCRIPTION,
    CHANNEL_OPTION_FIX,
    CHANNEL_OPTION_RESTART,
    CHANNEL_OPTION_STATS,

    // Web chat: the hand-over note's first line, and the page's own words (ChannelTexts.webPage()).
    WEB_HANDOFF_FROM("contact"),
    WEB_HANDOFF_NO_CONTACT,
    WEB_PAGE_TITLE,
    WEB_PAGE_LOG_LABEL,
    WEB_PAGE_INPUT_LABEL,
    WEB_PAGE_INPUT_PLACEHOLDER,
    WEB_PAGE_SEND,
    WEB_PAGE_TYPING,
    WEB_PAGE_YOU,
    WEB_PAGE_BOT,
    WEB_PAGE_CONTACT_PROMPT,
    WEB_PAGE_CONTACT_LABEL,
    WEB_PAGE_CONTACT_SEND,
    WEB_PAGE_CONTACT_SKIP,
    WEB_PAGE_SUMMARY_LABEL,
    WEB_PAGE_RECONNECTING,
    WEB_PAGE_NEW_CHAT,
    WEB_PAGE_WIDGET_OPEN,
    WEB_PAGE_WIDGET_CLOSE,

    // Support team: the hand-over note's transcript and buttons, the team's presses, the reminder, Discord help
    // forums, and the hand-over line of the stats.
    TRANSCRIPT_HEADING,
    TRANSCRIPT_TURN("said", "answered"),
    TRANSCRIPT_SAID_TEXT("words"),
    TRANSCRIPT_SAID_CHOICE("label"),
    TRANSCRIPT_SAID_ATTACHMENT,
    TRANSCRIPT_ANSWERED_FIX("number", "title"),
    TRANSCRIPT_ANSWERED_IDLE,
    TRANSCRIPT_ANSWERED_RESOLVED,
    TRANSCRIPT_ANSWERED_ESCALATED,
    TRANSCRIPT_ANSWERED_FALLBACK,
    TRANSCRIPT_ANSWERED_CLARIFY,
    STAFF_CHOICE_CLAIM,
    STAFF_CHOICE_SOLVED,
    STAFF_CHOICE_BACK_TO_BOT,
    STAFF_NOTE_CLAIMED("name"),
    STAFF_NOTE_SOLVED("name"),
    STAFF_NOTE_RETURNED("name"),
    STAFF_ONLY,
    STAFF_ALREADY_CLAIMED("name"),
    STAFF_HANDOFF_CLOSED,
    STAFF_CLAIMED("name"),
    STAFF_SOLVED,
    STAFF_REMINDER("minutes"),
    FORUM_OUT_OF_SCOPE,
    STATS_HANDOFFS("opened", "claimed", "claim_time", "solved", "returned");

    private final List<String> placeholders;

    ResponseKey(String... placeholders) {
        this.placeholders = List.of(placeholders);
    }

    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public List<String> placeholders() {
        return placeholders;
    }
}
