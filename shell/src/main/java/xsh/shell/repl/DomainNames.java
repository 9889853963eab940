package xsh.shell.repl;

import java.util.Set;

/**
 * The names of the host's domains as last seen, for drawing them as the user types. It must
 * answer at once: a line is drawn at every keystroke, and asking the host each time would make
 * typing wait on it. The REPL refreshes it between commands.
 */
@FunctionalInterface
public interface DomainNames {

    /** No names known: nothing is drawn as a domain. */
    DomainNames NONE = Set::of;

    Set<String> names();
}
