package xsh.shell.zfs;

import xsh.shell.render.Terminals;

/**
 * Whether stdin or stdout alone is a terminal, as isatty(3) says, for {@code zfs send} and
 * {@code zfs receive}, which refuse to write or read a stream there.
 */
final class StandardStreams {

    private StandardStreams() {
    }

    static boolean stdinIsTerminal() {
        return Terminals.stdinIsTerminal();
    }

    static boolean stdoutIsTerminal() {
        return Terminals.stdoutIsTerminal();
    }
}
