package xsh.hv;

/** libxl's error codes, which xl turns into exit codes (create exits with -rc). */
public enum HvError {
    FAIL(-3),
    NOMEM(-5),
    INVAL(-6),
    GUEST_TIMEDOUT(-8),
    NOPARAVIRT(-10),
    DOMAIN_NOTFOUND(-21),
    NOTFOUND(-23);

    private final int rc;

    HvError(int rc) {
        this.rc = rc;
    }

    /** libxl's rc, negative. */
    public int rc() {
        return rc;
    }
}
