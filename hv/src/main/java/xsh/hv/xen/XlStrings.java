package xsh.hv.xen;

/** Values written for xl's config reader (libxlu), which a command line's settings go through too. */
final class XlStrings {

    private XlStrings() {
    }

    /** {@code "value"}, with the escapes libxlu reads back: a backslash and a double quote. */
    static String quoted(String value) {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
