package dev.helpbot.core.nlu;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * Facts found in one message.
 *
 * @param phoneModel the iPhone named, if any
 * @param iosMajor   the major iOS version named ("iOS 17.2" gives 17), if any
 * @param fixNumber  the fix asked for ("fix 4", "the fourth one"), if any
 */
public record Entities(Optional<PhoneModel> phoneModel, OptionalInt iosMajor, OptionalInt fixNumber) {
    public static final Entities NONE = new Entities(Optional.empty(), OptionalInt.empty(), OptionalInt.empty());
}
