package xsh.shell.script;

import xsh.error.XshException;

/**
 * Ctrl-C while a script waits ({@code sleep}, {@code every}, {@code waitUntil}): unwinds the
 * script, running its {@code finally} blocks, and ends it with 130 (128 + SIGINT), as sh does.
 */
public final class ScriptInterrupted extends XshException {

    public static final int EXIT_CODE = 130;

    public ScriptInterrupted() {
        super("xsh: interrupted", EXIT_CODE);
    }
}
