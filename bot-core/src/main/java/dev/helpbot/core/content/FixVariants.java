package dev.helpbot.core.content;

import java.util.List;
import java.util.Optional;

/**
 * Step lists that differ by phone: fix 7 differs by model, fix 8 by iOS version.
 *
 * @param by            what decides the variant
 * @param defaultOption the option used when that is unknown; empty means the bot asks
 * @param options       the alternatives, in the order they are offered
 */
public record FixVariants(VariantKey by, Optional<String> defaultOption, List<VariantOption> options) {

    public FixVariants {
        options = List.copyOf(options);
    }

    public Optional<VariantOption> option(String id) {
        return options.stream().filter(o -> o.id().equals(id)).findFirst();
    }

    /** One alternative: its id (known to the entity extractor), its button label and its steps. */
    public record VariantOption(String id, String label, List<String> steps) {
        public VariantOption {
            steps = List.copyOf(steps);
        }
    }

    /** The facts a variant can depend on, with the option ids each one may produce. */
    public enum VariantKey {
        PHONE_MODEL("phone_model", List.of("x_or_later", "8_or_earlier")),
        IOS_VERSION("ios_version", List.of("ios15_or_later", "ios14_or_earlier"));

        private final String yamlName;
        private final List<String> optionIds;

        VariantKey(String yamlName, List<String> optionIds) {
            this.yamlName = yamlName;
            this.optionIds = optionIds;
        }

        public String yamlName() {
            return yamlName;
        }

        public List<String> optionIds() {
            return optionIds;
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
