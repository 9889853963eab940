package xsh.cfg.disk;

/**
 * libxl's {@code libxl_defbool}: a boolean that can also be left to libxl's default, which
 * is not the same as false (libxl may decide either way later).
 */
public enum Defbool {
    DEFAULT, TRUE, FALSE;

    public static Defbool of(boolean value) {
        return value ? TRUE : FALSE;
    }

    public boolean isDefault() {
        return this == DEFAULT;
    }

    /** How libxl's JSON shows a set defbool: the strings "True" and "False". */
    public String libxlJson() {
        if (this == DEFAULT) {
            throw new IllegalStateException("libxl does not print a defaulted defbool");
        }
        return this == TRUE ? "True" : "False";
    }
}
