package xsh.shell.script;

import xsh.error.XshException;

/**
 * A script's {@code exit CODE, 'message'}: ends the script with that code, its {@code finally}
 * blocks run on the way out. The message, if any, is printed as it is (a usage line, a summary),
 * without the script's file and line, which are for failures nobody foresaw.
 */
public final class ScriptExit extends XshException {

    public ScriptExit(int code, String message) {
        super(message, code);
    }
}
