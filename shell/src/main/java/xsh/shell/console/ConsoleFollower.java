package xsh.shell.console;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.NonBlockingReader;
import xsh.toolstack.console.ConsoleSession;

/**
 * Prints a console session: what there is, then, at a terminal, what the guest writes next
 * until the user types xenconsole's escape, Ctrl-] ({@value #ESCAPE}), or the domain stops.
 * The terminal is in raw mode meanwhile, so the escape arrives as one keystroke, and is put
 * back as it was.
 */
public final class ConsoleFollower {

    /** Ctrl-], as xenconsole's default escape character. */
    static final int ESCAPE = 0x1d;
    private static final long POLL_MILLIS = 100;

    private ConsoleFollower() {
    }

    /** Prints what the console holds now. */
    static void printNew(ConsoleSession session, PrintWriter out) {
        List<String> lines = session.newLines();
        lines.forEach(line -> out.print(line + "\n"));
        out.flush();
    }

    /** Follows the console at this process's terminal; returns when the user escapes or the domain is gone. */
    static void follow(ConsoleSession session, PrintWriter out) throws IOException {
        // Ctrl-C is the guest's, as under xenconsole: it must not kill xsh
        try (Terminal terminal = TerminalBuilder.builder().system(true)
                .signalHandler(Terminal.SignalHandler.SIG_IGN).build()) {
            Attributes saved = terminal.enterRawMode();
            try {
                NonBlockingReader keys = terminal.reader();
                while (true) {
                    int key = keys.read(POLL_MILLIS);
                    if (key == ESCAPE || key == NonBlockingReader.EOF) {
                        break;
                    }
                    printNew(session, out);
                    if (!session.alive()) {
                        printNew(session, out); // the guest's last words
                        break;
                    }
                }
            } finally {
                terminal.setAttributes(saved);
            }
        }
    }
}
