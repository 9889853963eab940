package xsh.cfg.domain;

import java.util.Optional;
import java.util.UUID;

/**
 * Reads a UUID as libuuid's {@code uuid_parse} (behind libxl) does: exactly 36 characters,
 * hyphens at offsets 8, 13, 18 and 23, hex digits of either case elsewhere. Java's
 * {@link UUID#fromString} is laxer (it takes short groups), so it is not used.
 */
final class UuidText {

    private UuidText() {
    }

    static Optional<UUID> parse(String text) {
        if (text.length() != 36) {
            return Optional.empty();
        }
        for (int i = 0; i < 36; i++) {
            char c = text.charAt(i);
            boolean hyphenPlace = i == 8 || i == 13 || i == 18 || i == 23;
            if (hyphenPlace ? c != '-' : Character.digit(c, 16) < 0 || c > 0x7f) {
                return Optional.empty();
            }
        }
        return Optional.of(UUID.fromString(text));
    }
}
