package dev.helpbot.core.content;

import java.util.List;
import java.util.Optional;

/**
 * Step lists that differ by phone: the restart (fix 7) by restart group, the Wi-Fi icon's corner (fix 2)
 * by Home button, the reset path (fix 8) by iOS version.
 *
 * @param by      what decides the variant
 * @param options one per value of {@code by}, plus an optional {@value #NOT_KNOWN} option
 */
public record FixVariants(VariantKey by, List<VariantOption> options) {

    /** The id of the option shown when the bot does not know the value. Without it, the bot asks. */
    public static final String NOT_KNOWN = "not_known";

    public FixVariants {
        options = List.copyOf(options);
    }

    public Optional<VariantOption> option(String id) {
        return options.stream().filter(o -> o.id().equals(id)).findFirst();
    }

    /** The steps for when the value is not known: written to fit every phone, or empty when the bot must ask. */
    public Optional<VariantOption> whenNotKnown() {
        return option(NOT_KNOWN);
    }

    /** The options for a known value, in the order they are offered (never {@value #NOT_KNOWN}). */
    public List<VariantOption> choices() {
        return options.stream().filter(o -> !o.id().equals(NOT_KNOWN)).toList();
    }

    /**
     * One alternative: its id (a value of {@link VariantKey}), its button label, its steps, and what may be
     * done instead of or after them.
     */
    public record VariantOption(String id, String label, List<String> steps, List<Alternative> alternatives) {
        public VariantOption {
            steps = List.copyOf(steps);
            alternatives = List.copyOf(alternatives);
        }
    }

    /** The facts a variant can depend on, with the option ids each one may produce. */
    public enum VariantKey {
        /** The restart groups: the buttons that restart and force restart the phone. */
        PHONE_MODEL("phone_model", List.of("x_or_later", "8_or_se", "7_or_earlier"), true),
        /** Whether the phone has a Home button, which moves the status icons. */
        HOME_BUTTON("home_button", List.of("no_home_button", "home_button"), false),
        IOS_VERSION("ios_version", List.of("ios15_or_later", "ios14_or_earlier"), false);

        private final String yamlName;
        private final List<String> optionIds;
        private final boolean botAsks;

        VariantKey(String yamlName, List<String> optionIds, boolean botAsks) {
            this.yamlName = yamlName;
            this.optionIds = optionIds;
            this.botAsks = botAsks;
        }

        public String yamlName() {
            return yamlName;
        }

        public List<String> optionIds() {
            return optionIds;
        }

        /** True when the bot asks for this value if it is not known; otherwise it needs a {@value #NOT_KNOWN} option. */
        public boolean botAsks() {
            return botAsks;
        }

        public static Optional<VariantKey> fromYaml(String name) {
            for (VariantKey key : values()) {
                if (key.yamlName.equals(name)) {
                    return Optional.of(key);
                }
            }
            return Optional.empty();
        }
    }
}
