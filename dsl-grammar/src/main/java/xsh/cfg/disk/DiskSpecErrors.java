package xsh.cfg.disk;

/**
 * Builds the {@link DiskSpecError}s: xl's exact reason and quoted token, next to a clearer
 * explanation for xsh's own message. Keeping both in one place keeps them in step.
 */
final class DiskSpecErrors {

    static final String FORMATS = "raw, qcow, qcow2, vhd, qed or empty";
    static final String ACCESS_MODES = "r, ro, w or rw";
    static final String DEVTYPES = "cdrom or disk";
    static final String BACKEND_TYPES = "phy, tap, qdisk or standalone";
    static final String SPECIFICATIONS = "xen or virtio";

    private DiskSpecErrors() {
    }

    /** A value xl does not know for {@code parameter}, which xl's message names the same way. */
    static DiskSpecError unknownValue(String spec, String parameter, String value, String expected) {
        return new DiskSpecError("unknown value for " + parameter, value, spec,
                "unknown " + parameter + " " + quote(value) + " (expected " + expected + ")"
                        + blankHint(value) + flagHint(value));
    }

    static DiskSpecError badColoPort(String spec, String value) {
        return new DiskSpecError("unknown value for colo_port", value, spec,
                "colo-port " + quote(value) + " is not a non-zero number");
    }

    /** xl quotes the whole {@code devtype=...} token here, comma included. */
    static DiskSpecError unknownDevtype(String spec, String token, String value) {
        return new DiskSpecError("unknown value for type", token, spec,
                "unknown devtype " + quote(value) + " (expected " + DEVTYPES + ")");
    }

    /**
     * A parameter given a second, different value.
     *
     * @param xlName    the name in xl's message ({@code backend} for backendtype too)
     * @param parameter the name as the user writes it
     */
    static DiskSpecError respecified(String spec, String xlName, String parameter,
                                     String previous, String value) {
        return new DiskSpecError(xlName + " respecified", value, spec,
                parameter + " given twice: " + quote(previous) + " and then " + quote(value)
                        + flagHint(previous) + flagHint(value));
    }

    /** The type after the colon of an old-style {@code vdev:type}. */
    static DiskSpecError unknownVdevType(String spec, String vdevAndType, String type) {
        return new DiskSpecError("unknown deprecated type", type, spec,
                "unknown device type " + quote(type) + " in " + quote(vdevAndType)
                        + " (expected " + DEVTYPES + " after the colon)");
    }

    /** xl quotes the name, {@code =} and only the first character of the value. */
    static DiskSpecError unknownParameter(String spec, String token) {
        String name = token.substring(0, token.indexOf('='));
        return new DiskSpecError("unknown parameter", token, spec,
                "unknown parameter " + quote(name));
    }

    static DiskSpecError unknownPrefix(String spec, String prefix) {
        return new DiskSpecError("unknown deprecated disk prefix", prefix, spec,
                "unknown prefix " + quote(prefix)
                        + " (use target=... for a target that contains a colon)");
    }

    static DiskSpecError tooManyPositional(String spec, String value) {
        return new DiskSpecError("too many positional parameters", value, spec,
                "one positional parameter too many at " + quote(value)
                        + " (there are four: target, format, vdev, access)" + flagHint(value));
    }

    /** An {@code =} that does not follow a parameter name; xl quotes it with the rest of the line. */
    static DiskSpecError badSyntax(String spec, String token) {
        return new DiskSpecError("bad disk syntax", token, spec,
                "cannot read " + quote(token)
                        + " (a parameter name is lower-case letters, digits and -, then =)");
    }

    static DiskSpecError scannerJammed(String spec) {
        return new DiskSpecError(DiskSpecError.SCANNER_JAMMED, null, spec,
                "an = right before a line break stops xl's scanner");
    }

    /** @param target the target read so far, to explain when target= swallowed the vdev */
    static DiskSpecError noVdev(String spec, String target) {
        String hint = target != null && target.contains(",")
                ? " (target= takes the rest of the spec, here " + quote(target) + ")"
                : " (give vdev=... or a third positional parameter)";
        return new DiskSpecError("no vdev specified", null, spec, "no vdev" + hint);
    }

    static DiskSpecError noTarget(String spec) {
        return new DiskSpecError("no target specified (and device not removable)", null, spec,
                "no target (only a cdrom may be left without one)");
    }

    private static String quote(String text) {
        return "`" + text + "`";
    }

    /** Blanks after a value are part of it in xl, which is easy to miss. */
    private static String blankHint(String value) {
        return !value.isEmpty() && Character.isWhitespace(value.charAt(value.length() - 1))
                ? "; the blank after it is part of the value"
                : "";
    }

    /**
     * xl 4.17's scanner does not know the documented trusted/untrusted flags, so they end up
     * as positional parameters and fail in confusing ways; say so.
     */
    private static String flagHint(String value) {
        return "trusted".equals(value) || "untrusted".equals(value)
                ? "; xl 4.17 has no " + value + " flag and reads it as a positional parameter"
                : "";
    }
}
