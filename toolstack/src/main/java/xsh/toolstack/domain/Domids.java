package xsh.toolstack.domain;

/**
 * Domids as xl prints them. libxl's domid is a {@code uint32_t}; xsh keeps it in an int, so
 * one resolved from a huge numeric argument must be printed unsigned ({@code %u}) to read as
 * xl's does.
 */
public final class Domids {

    private Domids() {
    }

    /** The domid as xl's {@code %u} prints it. */
    public static String text(int domid) {
        return Integer.toUnsignedString(domid);
    }
}
