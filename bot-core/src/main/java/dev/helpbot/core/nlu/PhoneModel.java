package dev.helpbot.core.nlu;

import java.util.Objects;
import java.util.Optional;

/**
 * The iPhone a person mentioned.
 *
 * @param name   a tidy display name, e.g. {@code iPhone 13 Pro Max}
 * @param family which buttons restart it, as far as the words tell
 */
public record PhoneModel(String name, Family family) {

    public PhoneModel {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(family, "family");
    }

    /** A phone known only by its family, as when the user pressed "iPhone X or later". */
    public static PhoneModel ofFamily(Family family) {
        return new PhoneModel(family.displayName, family);
    }

    /** True when all we have is the family ("the one with the Home button"), not a model's name. */
    public boolean isOnlyAFamily() {
        return name.equals(family.displayName);
    }

    /**
     * iPhones grouped by the buttons that restart them. Face ID models restart with the Side and a volume
     * button; the iPhone 8 and the SE (2nd and 3rd generation) with the Side button; the iPhone 7 and
     * earlier, and the first SE, force restart with other buttons again. {@link #HOME_BUTTON} is a phone
     * known to have a Home button, but not which of the two Home-button groups it is in ("iPhone SE" alone).
     */
    public enum Family {
        X_OR_LATER("x_or_later", false, "iPhone X or later"),
        EIGHT_OR_SE("8_or_se", true, "iPhone 8 or SE (2nd or 3rd generation)"),
        SEVEN_OR_EARLIER("7_or_earlier", true, "iPhone 7 or earlier, or SE (1st generation)"),
        HOME_BUTTON(null, true, "iPhone with a Home button");

        private final String restartGroup;
        private final boolean hasHomeButton;
        private final String displayName;

        Family(String restartGroup, boolean hasHomeButton, String displayName) {
            this.restartGroup = restartGroup;
            this.hasHomeButton = hasHomeButton;
            this.displayName = displayName;
        }

        /** The playbook option id of the restart fix for this family; empty when the words don't tell. */
        public Optional<String> restartGroup() {
            return Optional.ofNullable(restartGroup);
        }

        public boolean hasHomeButton() {
            return hasHomeButton;
        }

        /** True when a phone of {@code other} is also one of this family: every 8 has a Home button. */
        public boolean includes(Family other) {
            return this == other || (this == HOME_BUTTON && other.hasHomeButton);
        }

        /** The family whose restart group has this playbook option id. */
        public static Optional<Family> ofRestartGroup(String id) {
            for (Family family : values()) {
                if (id.equals(family.restartGroup)) {
                    return Optional.of(family);
                }
            }
            return Optional.empty();
        }

        /**
         * The family stored under this name. Sessions saved before the restart groups grew to three say
         * {@code EIGHT_OR_EARLIER}: all those phones have a Home button, which is all that name tells now.
         */
        public static Family ofStoredName(String name) {
            return name.equals("EIGHT_OR_EARLIER") ? HOME_BUTTON : valueOf(name);
        }
    }
}
