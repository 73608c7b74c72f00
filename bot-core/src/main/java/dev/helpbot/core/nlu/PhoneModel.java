package dev.helpbot.core.nlu;

import java.util.Objects;

/**
 * The iPhone a person mentioned.
 *
 * @param name   a tidy display name, e.g. {@code iPhone 13 Pro Max}
 * @param family which restart procedure it uses
 */
public record PhoneModel(String name, Family family) {

    public PhoneModel {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(family, "family");
    }

    /** A phone known only by its family, as when the user pressed "iPhone X or later". */
    public static PhoneModel ofFamily(Family family) {
        return new PhoneModel(family == Family.X_OR_LATER ? "iPhone X or later" : "iPhone 8, SE or earlier", family);
    }

    /** iPhones split by their buttons: Face ID models restart one way, Home-button models another. */
    public enum Family {
        X_OR_LATER("x_or_later"),
        EIGHT_OR_EARLIER("8_or_earlier");

        private final String variantId;

        Family(String variantId) {
            this.variantId = variantId;
        }

        /** The playbook option id of fix 7 for this family. */
        public String variantId() {
            return variantId;
        }

        public static Family fromVariantId(String id) {
            for (Family family : values()) {
                if (family.variantId.equals(id)) {
                    return family;
                }
            }
            throw new IllegalArgumentException("no phone family for variant '" + id + "'");
        }
    }
}
