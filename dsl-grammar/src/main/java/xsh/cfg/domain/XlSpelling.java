package xsh.cfg.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * How a value is spelt in xl.cfg and in libxl's JSON ({@code rename-restart} and
 * {@code restart_rename}); the enums of xl.cfg values carry one each.
 */
public record XlSpelling(String xl, String libxl) {

    /** A value with its spellings. */
    public interface Spelt {
        XlSpelling spelling();

        /** The xl.cfg spelling. */
        default String xlName() {
            return spelling().xl();
        }

        /** The libxl JSON spelling. */
        default String libxlName() {
            return spelling().libxl();
        }
    }

    /** The constant spelt exactly {@code value} in xl.cfg (xl compares case-sensitively). */
    public static <E extends Enum<E> & Spelt> Optional<E> byXlName(Class<E> type, String value) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.xlName().equals(value)).findFirst();
    }
}
