package dev.helpbot.core.dialogue;

import dev.helpbot.core.content.Alternative;
import dev.helpbot.core.content.Fix;
import dev.helpbot.core.content.FixVariants;
import dev.helpbot.core.content.FixVariants.VariantOption;
import dev.helpbot.core.content.Playbook;
import dev.helpbot.core.content.ResponseKey;
import dev.helpbot.core.content.Responses;
import dev.helpbot.core.nlu.PhoneModel;
import java.util.List;
import java.util.Optional;

/**
 * The text of a fix on screen, in the order a person needs it: the header and why; a warning before
 * anything is done; the numbered steps; the alternatives that are a choice, not a next step; tips; how to
 * check it worked; and the question. Which variant's steps show is chosen here from what the session
 * knows; whether to ask instead is the policy's call ({@link #optionFor} empty means "ask").
 */
final class FixText {

    private final Playbook playbook;
    private final Responses responses;

    FixText(Playbook playbook, Responses responses) {
        this.playbook = playbook;
        this.responses = responses;
    }

    String header(Fix fix) {
        return responses.format(ResponseKey.FIX_HEADER, "number", fix.number(), "total", playbook.size(),
                "title", fix.title());
    }

    /** The fix with the steps that fit the session's phone, or its plain steps when it has no variants. */
    String render(Fix fix, Session session) {
        StringBuilder text = opening(fix);
        if (fix.variants().isEmpty()) {
            appendSteps(text, fix.steps(), fix.alternatives());
        } else {
            Optional<VariantOption> known = knownOption(fix.variants().get(), session);
            if (known.isPresent() && isAboutThePhone(fix.variants().get()) && session.phone().isPresent()) {
                // Name the phone, so a wrong model is caught before the wrong buttons are pressed.
                text.append('\n').append(responses.format(ResponseKey.STEPS_FOR_PHONE, "model",
                        session.phone().get().name()));
            }
            known.or(() -> fix.variants().get().whenNotKnown())
                    .ifPresent(option -> appendSteps(text, option.steps(), option.alternatives()));
        }
        return closing(text, fix);
    }

    /** The fix with the steps of every variant, each under its label, for when the phone stays unknown. */
    String renderEveryVariant(Fix fix) {
        StringBuilder text = opening(fix);
        fix.variants().ifPresent(variants -> {
            text.append('\n').append(responses.text(ResponseKey.EVERY_VARIANT));
            for (VariantOption option : variants.choices()) {
                text.append("\n**").append(option.label()).append("**");
                appendSteps(text, option.steps(), option.alternatives());
            }
        });
        return closing(text, fix);
    }

    /**
     * The steps to show for this session: the fix's own, the variant for what the session knows, or the
     * variant written for not knowing. Empty when the steps depend on something the bot must ask for.
     */
    Optional<List<String>> stepsFor(Fix fix, Session session) {
        if (fix.variants().isEmpty()) {
            return Optional.of(fix.steps());
        }
        FixVariants variants = fix.variants().get();
        return knownOption(variants, session).or(variants::whenNotKnown).map(VariantOption::steps);
    }

    private Optional<VariantOption> knownOption(FixVariants variants, Session session) {
        Optional<String> optionId = switch (variants.by()) {
            case PHONE_MODEL -> session.phone().flatMap(phone -> phone.family().restartGroup());
            case HOME_BUTTON -> session.phone().map(PhoneModel::family)
                    .map(family -> family.hasHomeButton() ? "home_button" : "no_home_button");
            case IOS_VERSION -> session.ios().isPresent()
                    ? Optional.of(session.ios().getAsInt() >= 15 ? "ios15_or_later" : "ios14_or_earlier")
                    : Optional.empty();
        };
        return optionId.flatMap(variants::option);
    }

    private static boolean isAboutThePhone(FixVariants variants) {
        return variants.by() == FixVariants.VariantKey.PHONE_MODEL || variants.by() == FixVariants.VariantKey.HOME_BUTTON;
    }

    private StringBuilder opening(Fix fix) {
        StringBuilder text = new StringBuilder(header(fix)).append('\n').append(fix.why());
        fix.warning().ifPresent(warning -> text.append('\n').append(responses.text(ResponseKey.WARNING_PREFIX))
                .append(' ').append(warning));
        return text;
    }

    private String closing(StringBuilder text, Fix fix) {
        for (String note : fix.notes()) {
            text.append('\n').append(responses.text(ResponseKey.TIP_PREFIX)).append(' ').append(note);
        }
        text.append('\n').append(fix.check());
        text.append('\n').append(responses.text(ResponseKey.FIX_QUESTION));
        return text.toString();
    }

    /**
     * Numbered steps, then the alternatives. Several alternatives are a choice, so they are introduced as
     * one; a single alternative is a way to use instead, and its label says when.
     */
    private void appendSteps(StringBuilder text, List<String> steps, List<Alternative> alternatives) {
        for (int i = 0; i < steps.size(); i++) {
            text.append('\n').append(i + 1).append(". ").append(steps.get(i));
        }
        if (alternatives.size() > 1) {
            text.append('\n').append(responses.text(ResponseKey.ALTERNATIVES_INTRO));
        }
        for (Alternative alternative : alternatives) {
            text.append("\n**").append(alternative.label()).append("** ").append(String.join(" ", alternative.steps()));
        }
    }
}
