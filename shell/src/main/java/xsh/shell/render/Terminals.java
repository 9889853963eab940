package xsh.shell.render;

import java.io.Console;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether xsh talks to a person at a terminal, which decides prompts, colours and progress lines. */
public final class Terminals {

    private Terminals() {
    }

    /**
     * Whether stdin and stdout are a terminal. Since JDK 22 {@link System#console()} exists even
     * when they are redirected, so ask {@code Console.isTerminal()} where it is there.
     */
    public static boolean standardStreamsAreTerminals() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (NoSuchMethodException e) {
            return true; // JDK 17 to 21: a console exists only on a terminal
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }

    public static boolean stdinIsTerminal() {
        return isTerminal(0);
    }

    /** Whether stdout alone is a terminal: colours go to it, never into a pipe or a file. */
    public static boolean stdoutIsTerminal() {
        return isTerminal(1);
    }

    /** Whether stderr alone is a terminal: progress lines go to it. */
    public static boolean stderrIsTerminal() {
        return isTerminal(2);
    }

    /**
     * isatty(3) for one descriptor, which Java does not offer: Linux's /proc names the device
     * behind it; elsewhere {@code test -t} is asked with the descriptor inherited.
     */
    private static boolean isTerminal(int fd) {
        Path link = Path.of("/proc/self/fd/" + fd);
        if (Files.isSymbolicLink(link)) {
            try {
                String target = Files.readSymbolicLink(link).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
            } catch (IOException | SecurityException e) {
                return false;
            }
        }
        try {
            ProcessBuilder test = new ProcessBuilder("test", "-t", Integer.toString(fd));
            if (fd == 0) {
                test.redirectInput(ProcessBuilder.Redirect.INHERIT);
            } else if (fd == 1) {
                test.redirectOutput(ProcessBuilder.Redirect.INHERIT);
            } else {
                test.redirectError(ProcessBuilder.Redirect.INHERIT);
            }
            return test.start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
