package xsh.shell.migrate;

import xsh.error.XshException;

/**
 * The HOST of {@code migrate DOMAIN HOST}: another embedded host of this XSH_HOME
 * ({@code local:NAME}), or a machine reached by the ssh command (or, with {@code -s ""}, a
 * command line of its own, as xl runs it).
 */
public sealed interface MigrationHost {

    /** What marks an embedded host of this machine. */
    String LOCAL_PREFIX = "local:";

    /** As the user wrote it, for messages and the result line. */
    String text();

    /** {@code local:NAME}: the embedded host NAME under the same XSH_HOME. */
    record Local(String hostName) implements MigrationHost {
        @Override
        public String text() {
            return LOCAL_PREFIX + hostName;
        }
    }

    /** A remote machine (an ssh destination) or, with {@code -s ""}, the receiver's command line. */
    record Remote(String host) implements MigrationHost {
        @Override
        public String text() {
            return host;
        }
    }

    /** @throws XshException exit 1 for an empty HOST or {@code local:} without a name */
    static MigrationHost parse(String text) {
        if (text == null || text.isBlank()) {
            throw new XshException("migrate: HOST is empty: give an ssh destination or local:NAME", 1);
        }
        if (text.startsWith(LOCAL_PREFIX)) {
            String name = text.substring(LOCAL_PREFIX.length());
            if (name.isEmpty()) {
                throw new XshException("migrate: " + text + ": local: needs the name of an embedded host", 1);
            }
            return new Local(name);
        }
        return new Remote(text);
    }
}
