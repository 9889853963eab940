package xsh.toolstack.domain;

import java.util.Optional;

/**
 * Which domain names xsh refuses because the name becomes a file name: a domain's core dump
 * is {@code dump/<name>} (Xen's {@code XEN_DUMP_DIR/<name>}) and xl's log {@code xl-<name>.log},
 * so a name with a {@code /}, or {@code .} or {@code ..}, would write outside that directory.
 * xl accepts such names (libxl only asks that a non-empty name be unique) and then writes
 * wherever the name points; here {@code create} and {@code rename} refuse them, under the xl
 * front end as well, so the deviation from xl is deliberate. Every other name, spaces, quotes
 * and shell characters included, is taken literally, as xl takes it; the empty name too
 * (xl lets {@code rename} give it).
 */
public final class DomainFileNames {

    private DomainFileNames() {
    }

    /** Why {@code name} cannot be a domain's name, in one line that names it; empty if it can. */
    public static Optional<String> refusal(String name) {
        if (name.contains("/")) {
            return Optional.of(refused(name, "a '/'"));
        }
        if (name.equals(".") || name.equals("..")) {
            return Optional.of(refused(name, "\"" + name + "\" as a file name"));
        }
        return Optional.empty();
    }

    private static String refused(String name, String what) {
        return "Domain name \"" + name + "\" is refused: it names the domain's files (its core dump) and "
                + what + " would put them outside their directory.";
    }
}
