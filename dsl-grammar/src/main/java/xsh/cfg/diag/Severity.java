package xsh.cfg.diag;

/** How bad a diagnostic is: an error makes the configuration unusable, a warning does not. */
public enum Severity {
    ERROR,
    WARNING
}
