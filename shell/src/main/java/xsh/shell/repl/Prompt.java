package xsh.shell.repl;

import xsh.toolstack.host.HostNames;

/** The prompt: {@code xsh> } on the default host, {@code xsh(NAME)> } on any other, so the user sees where commands go. */
public final class Prompt {

    private Prompt() {
    }

    /** The prompt for the host named {@code host}, null meaning the default one. */
    public static String of(String host) {
        return host == null || host.equals(HostNames.DEFAULT) ? "xsh> " : "xsh(" + host + ")> ";
    }
}
