package xsh.cfg.disk;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The disk while its spec is being read, with xl's rules for setting each field: which
 * values are accepted and when giving a field again is an error. Errors are collected, not
 * thrown, because xl goes on reading after most of them and reports them all.
 *
 * <p>The state is shared by all the words of one block-attach command line, as in xl.
 */
final class DiskDraft {

    /** The string fields, each with the name xl uses when it is given twice. */
    enum StringField {
        TARGET("target"),
        VDEV("vdev"),
        BACKEND("backend"),
        SCRIPT("script"),
        COLO_HOST("colo-host"),
        COLO_EXPORT("colo-export"),
        ACTIVE_DISK("active-disk"),
        HIDDEN_DISK("hidden-disk");

        final String xlName;

        StringField(String xlName) {
            this.xlName = xlName;
        }
    }

    private final Map<StringField, String> strings = new EnumMap<>(StringField.class);
    /** null until given, like libxl's UNKNOWN, so that giving it twice can be detected. */
    DiskFormat format;
    DiskBackendType backendType;
    DiskSpecification specification;
    /** xl starts from read-write; only access (or a cdrom) changes that. */
    boolean readwrite = true;
    boolean cdrom;
    boolean removable;
    boolean directIoSafe;
    Defbool discard = Defbool.DEFAULT;
    Defbool colo = Defbool.DEFAULT;
    int coloPort;

    /** The fourth positional parameter has been used (access= does not count). */
    boolean positionalAccessSeen;
    /** A deprecated prefix was used: it stands for the format, so no positional format. */
    boolean deprecatedPrefixSeen;

    private final List<DiskSpecError> errors = new ArrayList<>();
    /** The spec word being read, which xl quotes in its errors. */
    private String spec = "";

    void startReading(String specWord) {
        spec = specWord;
    }

    String spec() {
        return spec;
    }

    void fail(DiskSpecError error) {
        errors.add(error);
    }

    boolean failed() {
        return !errors.isEmpty();
    }

    List<DiskSpecError> errors() {
        return errors;
    }

    String get(StringField field) {
        return strings.get(field);
    }

    /** Sets a string once; replacing an empty value is allowed, replacing a real one is not. */
    void set(StringField field, String value) {
        String previous = strings.get(field);
        if (previous != null && !previous.isEmpty()) {
            fail(DiskSpecErrors.respecified(spec, field.xlName, field.xlName, previous, value));
        } else {
            strings.put(field, value);
        }
    }

    void setFormat(String text) {
        DiskFormat value = DiskFormat.fromXl(text);
        if (value == null) {
            fail(DiskSpecErrors.unknownValue(spec, "format", text, DiskSpecErrors.FORMATS));
        } else if (format != null && format != value) {
            fail(DiskSpecErrors.respecified(spec, "format", "format", format.xlName(), text));
        } else {
            format = value;
        }
    }

    void setBackendType(String text) {
        DiskBackendType value = DiskBackendType.fromXl(text);
        if (value == null) {
            fail(DiskSpecErrors.unknownValue(spec, "backendtype", text,
                    DiskSpecErrors.BACKEND_TYPES));
        } else if (backendType != null && backendType != value) {
            // xl names the libxl field, which is plain "backend"
            fail(DiskSpecErrors.respecified(spec, "backend", "backendtype", backendType.xlName(), text));
        } else {
            backendType = value;
        }
    }

    void setSpecification(String text) {
        DiskSpecification value = DiskSpecification.fromXl(text);
        if (value == null) {
            fail(DiskSpecErrors.unknownValue(spec, "specification", text,
                    DiskSpecErrors.SPECIFICATIONS));
        } else if (specification != null && specification != value) {
            fail(DiskSpecErrors.respecified(spec, "specification", "specification",
                    specification.xlName(), text));
        } else {
            specification = value;
        }
    }

    /** Access may be given again freely; the last one wins. */
    void setAccess(String text) {
        switch (text) {
            case "r", "ro" -> readwrite = false;
            case "w", "rw", "" -> readwrite = true;
            default -> fail(DiskSpecErrors.unknownValue(spec, "access", text,
                    DiskSpecErrors.ACCESS_MODES));
        }
    }

    void setColoPort(String text) {
        int port = atoi(text);
        if (port == 0) {
            fail(DiskSpecErrors.badColoPort(spec, text));
        } else {
            coloPort = port;
        }
    }

    /**
     * The old {@code vdev:cdrom} / {@code vdev:disk} form; the type is what follows the last
     * colon.
     */
    void setVdevAndDevtype(String text) {
        int colon = text.lastIndexOf(':');
        set(StringField.VDEV, text.substring(0, colon));
        String type = text.substring(colon + 1);
        switch (type) {
            case "cdrom" -> cdrom = true;
            case "disk" -> cdrom = false;
            default -> fail(DiskSpecErrors.unknownVdevType(spec, text, type));
        }
    }

    /** xl's fix-ups once all words are read: the default format, and what a cdrom implies. */
    void applyDefaults() {
        if (format == null) {
            format = DiskFormat.RAW;
        }
        if (cdrom) {
            removable = true;
            readwrite = false;
            String target = get(StringField.TARGET);
            if (target == null || target.isEmpty()) {
                format = DiskFormat.EMPTY;
            }
        }
    }

    DiskSpec toDiskSpec() {
        return new DiskSpec(get(StringField.TARGET), format, get(StringField.VDEV), readwrite,
                cdrom, removable, get(StringField.BACKEND), backendType, get(StringField.SCRIPT),
                specification, directIoSafe, discard, colo, get(StringField.COLO_HOST), coloPort,
                get(StringField.COLO_EXPORT), get(StringField.ACTIVE_DISK),
                get(StringField.HIDDEN_DISK));
    }

    /**
     * C's atoi as glibc does it, which is what xl reads colo-port with: leading white space,
     * an optional sign, then as many decimal digits as there are (so "12ab" is 12 and "ab"
     * is 0); a value beyond a 64-bit long saturates, and the result is cut to 32 bits.
     */
    static int atoi(String text) {
        int i = 0;
        while (i < text.length() && " \t\n\u000b\f\r".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        boolean negative = false;
        if (i < text.length() && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
            negative = text.charAt(i) == '-';
            i++;
        }
        long value = 0;
        boolean overflow = false;
        for (; i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9'; i++) {
            int digit = text.charAt(i) - '0';
            if (value > (Long.MAX_VALUE - digit) / 10) {
                overflow = true;
            } else {
                value = value * 10 + digit;
            }
        }
        if (overflow) {
            value = negative ? Long.MIN_VALUE : Long.MAX_VALUE;
        } else if (negative) {
            value = -value;
        }
        return (int) value;
    }
}
