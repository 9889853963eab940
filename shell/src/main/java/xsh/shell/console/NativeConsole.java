package xsh.shell.console;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import xsh.error.XshException;
import xsh.hv.NativeToolstack;
import xsh.toolstack.console.ConsoleType;

/**
 * A real Dom0's console is xl's own {@code xl console}: it owns the terminal (raw mode,
 * Ctrl-] to leave) while it runs, so it is started on this process's terminal and its exit
 * code is the command's.
 */
final class NativeConsole {

    private NativeConsole() {
    }

    /** Runs {@code xl console [-t TYPE] [-n NUM] DOMID} on the terminal; its exit code. */
    static int run(NativeToolstack xl, int domid, Optional<ConsoleType> type, int number, PrintWriter out) {
        out.flush(); // what xsh printed comes before what xl prints
        ProcessBuilder console = xl.console(domid, type.map(t -> t.name().toLowerCase(Locale.ROOT)), number)
                .inheritIO();
        Process process;
        try {
            process = console.start();
        } catch (IOException e) {
            throw new XshException("xsh: cannot start " + console.command().get(0) + ": " + e.getMessage(), 1, e);
        }
        try {
            return process.waitFor();
        } catch (InterruptedException e) {
            process.destroy();
            Thread.currentThread().interrupt();
            return 130;
        }
    }
}
