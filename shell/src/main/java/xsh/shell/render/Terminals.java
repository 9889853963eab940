package xsh.shell.render;

import java.io.Console;
import java.lang.reflect.Method;

/** Whether xsh talks to a person at a terminal, which decides prompts and colours. */
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
}
