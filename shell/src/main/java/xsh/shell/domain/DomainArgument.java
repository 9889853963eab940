package xsh.shell.domain;

import picocli.CommandLine.Parameters;

/**
 * The DOMAIN a command acts on, first on its command line: a name or a domid, found as xl's
 * {@code find_domain} finds it (by the toolstack).
 */
public final class DomainArgument {

    @Parameters(index = "0", paramLabel = "DOMAIN", description = "A domain name or domid.")
    String domain;

    public String value() {
        return domain;
    }
}
