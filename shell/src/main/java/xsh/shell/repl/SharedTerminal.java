package xsh.shell.repl;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * Lends the REPL's terminal to the commands it runs. A command that talks to the terminal
 * itself ({@code console} follows a guest in raw mode) builds a system terminal; while the
 * REPL holds the one system terminal, JLine would give it a dumb one (and a warning) instead.
 * So while the REPL runs, building a terminal gives the REPL's, behind a view whose
 * {@code close} does nothing: the REPL closes its terminal itself. Keys, raw mode and Ctrl-C
 * then go through the REPL's terminal, so Ctrl-C reaches the REPL even then.
 */
public final class SharedTerminal implements AutoCloseable {

    private SharedTerminal() {
    }

    /** Lends {@code terminal} to every {@link TerminalBuilder#build()} until closed. */
    @SuppressWarnings("deprecation") // JLine's one way to hand a terminal to code that builds its own
    public static SharedTerminal lend(Terminal terminal) {
        TerminalBuilder.setTerminalOverride(unclosable(terminal));
        return new SharedTerminal();
    }

    @Override
    @SuppressWarnings("deprecation")
    public void close() {
        TerminalBuilder.setTerminalOverride(null);
    }

    /** {@code terminal}, except that closing it does nothing. */
    static Terminal unclosable(Terminal terminal) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().equals("close") && method.getParameterCount() == 0) {
                return null;
            }
            try {
                return method.invoke(terminal, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (Terminal) Proxy.newProxyInstance(Terminal.class.getClassLoader(), new Class<?>[] {Terminal.class}, handler);
    }
}
