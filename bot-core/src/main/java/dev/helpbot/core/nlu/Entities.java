package dev.helpbot.core.nlu;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;

/**
 * Facts found in one message.
 *
 * @param phoneModel     the iPhone named or described, if any
 * @param iosMajor       the major iOS version named ("iOS 17.2" gives 17), if any
 * @param iosVersion     the iOS version as named ("17.2"), if any
 * @param fixNumber      the fix asked for ("fix 4", "the fourth one"), if any
 * @param stepNumber     a step of the fix on screen ("step 2"), if any: never a fix number
 * @param storageFigures storage amounts as written ("30gb free", "the 200 GB plan")
 * @param otherDevices   other devices mentioned in passing ("ipad", "mac"), lower case
 */
public record Entities(Optional<PhoneModel> phoneModel, OptionalInt iosMajor, Optional<String> iosVersion,
                       OptionalInt fixNumber, OptionalInt stepNumber, List<String> storageFigures,
                       List<String> otherDevices) {

    public static final Entities NONE = new Entities(Optional.empty(), OptionalInt.empty(), OptionalInt.empty());

    public Entities {
        Objects.requireNonNull(phoneModel, "phoneModel");
        Objects.requireNonNull(iosMajor, "iosMajor");
        Objects.requireNonNull(iosVersion, "iosVersion");
        Objects.requireNonNull(fixNumber, "fixNumber");
        Objects.requireNonNull(stepNumber, "stepNumber");
        storageFigures = List.copyOf(storageFigures);
        otherDevices = List.copyOf(otherDevices);
    }

    public Entities(Optional<PhoneModel> phoneModel, OptionalInt iosMajor, OptionalInt fixNumber) {
        this(phoneModel, iosMajor, iosMajor.isPresent() ? Optional.of(String.valueOf(iosMajor.getAsInt())) : Optional.empty(),
                fixNumber, OptionalInt.empty(), List.of(), List.of());
    }

    public static Entities fix(int number) {
        return new Entities(Optional.empty(), OptionalInt.empty(), OptionalInt.of(number));
    }

    public static Entities phone(PhoneModel model) {
        return new Entities(Optional.of(model), OptionalInt.empty(), OptionalInt.empty());
    }

    /** True when the message names the phone or its iOS version. */
    public boolean describesThePhone() {
        return phoneModel.isPresent() || iosMajor.isPresent();
    }

    /** These entities, with whatever {@code later} found taking the place of what these did. */
    public Entities merge(Entities later) {
        return new Entities(later.phoneModel.or(() -> phoneModel),
                later.iosMajor.isPresent() ? later.iosMajor : iosMajor, later.iosVersion.or(() -> iosVersion),
                later.fixNumber.isPresent() ? later.fixNumber : fixNumber,
                later.stepNumber.isPresent() ? later.stepNumber : stepNumber,
                union(storageFigures, later.storageFigures), union(otherDevices, later.otherDevices));
    }

    private static List<String> union(List<String> a, List<String> b) {
        if (b.isEmpty()) {
            return a;
        }
        if (a.isEmpty()) {
            return b;
        }
        return Stream.concat(a.stream(), b.stream()).distinct().toList();
    }
}
