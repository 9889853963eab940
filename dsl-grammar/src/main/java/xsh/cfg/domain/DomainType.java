package xsh.cfg.domain;

import java.util.Optional;

/**
 * The three kinds of guest xl builds. xl matches {@code type=} as a prefix of the keyword
 * (C {@code strncmp(value, keyword, strlen(value))}), trying hvm, then pv, then pvh: so
 * {@code ""} and {@code "h"} mean HVM and {@code "p"} means PV, while {@code "hvmx"} is
 * invalid. The deprecated {@code builder=} follows the same rule with {@code hvm} and
 * {@code generic} (PV).
 */
public enum DomainType {
    PV("pv"),
    PVH("pvh"),
    HVM("hvm");

    private final String xlName;

    DomainType(String xlName) {
        this.xlName = xlName;
    }

    /** The spelling in xl.cfg and in libxl's JSON. */
    public String xlName() {
        return xlName;
    }

    /** x86 xl's choice when neither {@code type} nor {@code builder} is given (Arm would pick PVH). */
    public static DomainType defaultType() {
        return PV;
    }

    /** Reads a {@code type=} value as xl does; empty when xl rejects it. */
    public static Optional<DomainType> fromTypeValue(String value) {
        if (isPrefixOf(value, "hvm")) {
            return Optional.of(HVM);
        }
        if (isPrefixOf(value, "pv")) {
            return Optional.of(PV);
        }
        if (isPrefixOf(value, "pvh")) {
            return Optional.of(PVH);
        }
        return Optional.empty();
    }

    /** Reads a deprecated {@code builder=} value: {@code hvm} or {@code generic} (PV), by prefix. */
    public static Optional<DomainType> fromBuilderValue(String value) {
        if (isPrefixOf(value, "hvm")) {
            return Optional.of(HVM);
        }
        if (isPrefixOf(value, "generic")) {
            return Optional.of(PV);
        }
        return Optional.empty();
    }

    /** C's {@code !strncmp(value, keyword, strlen(value))}: value is a (possibly empty) prefix of keyword. */
    static boolean isPrefixOf(String value, String keyword) {
        return keyword.startsWith(value);
    }
}
