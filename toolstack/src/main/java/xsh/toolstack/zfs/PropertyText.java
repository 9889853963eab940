package xsh.toolstack.zfs;

import java.math.BigInteger;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import xsh.hv.storage.Dataset;

/**
 * A property's value as zfs prints it: the parsable value with {@code -p}, otherwise for a
 * person ({@code 8.12M}, {@code none}, {@code 1.00x}, a date). {@code -} where the dataset has
 * no such value.
 */
public final class PropertyText {

    /** zfs's ctime-like format: {@code %a %b %e %k:%M %Y}. */
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("EEE MMM ppd ppH:mm yyyy", Locale.ENGLISH);

    private final ZoneId zone;

    public PropertyText(ZoneId zone) {
        this.zone = zone;
    }

    public static PropertyText local() {
        return new PropertyText(ZoneId.systemDefault());
    }

    /** The text of {@code field} for {@code dataset}; {@code literal} is zfs's {@code -p}. */
    public String of(Dataset dataset, PropertyField field, boolean literal) {
        ZfsProperty property = field.property();
        if (property != null && property.name().equals("name")) {
            return dataset.name();
        }
        if (property != null && !property.appliesTo(dataset.type())) {
            return "-";
        }
        String value = dataset.property(field.name()).orElse("-");
        if (property == null || literal || value.equals("-")) {
            return value;
        }
        return human(property, value);
    }

    /** A parsable value of {@code property} as zfs shows it to a person. */
    public String human(ZfsProperty property, String value) {
        try {
            return switch (property.kind()) {
                case SIZE -> ZfsSizes.nice(bytes(value));
                case LIMIT -> value.equals("0") || value.equals("none") ? "none" : ZfsSizes.nice(bytes(value));
                case RATIO -> value + "x";
                case DATE -> DATE.format(Instant.ofEpochSecond(Long.parseLong(value)).atZone(zone));
                default -> value;
            };
        } catch (NumberFormatException e) {
            return value; // not a number after all: shown as the storage gave it
        }
    }

    private static long bytes(String value) {
        return new BigInteger(value).longValue();
    }
}
