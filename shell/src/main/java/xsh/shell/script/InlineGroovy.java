package xsh.shell.script;

import java.io.PrintWriter;
import org.codehaus.groovy.runtime.InvokerHelper;
import xsh.shell.GlobalOptions;
import xsh.shell.XshHome;
import xsh.shell.backend.HostConnector;

/** The Groovy session of a command table ({@link GroovyCommand}): one runner, one binding. */
final class InlineGroovy {

    /** How the code typed is named in messages: {@code groovy:1: ...}. */
    private static final String SHOWN_AS = "groovy";

    private final ScriptRunner runner;
    private final GlobalOptions globals;
    private final PrintWriter out;
    private final PrintWriter err;

    /** {@code globals}: the table's, which each line's own options update. */
    InlineGroovy(HostConnector hosts, GlobalOptions globals, PrintWriter out, PrintWriter err) {
        this.globals = globals;
        this.out = out;
        this.err = err;
        this.runner = new ScriptRunner(new HostScriptContext(hosts, globals, XshHome.path(), out, err), ScriptClock.system());
    }

    /** Runs {@code code}, prints its value unless null; returns the exit code. */
    int evaluate(String code) {
        Object value;
        try {
            value = runner.evaluate(code, SHOWN_AS);
        } catch (ScriptInterrupted e) {
            throw e; // Ctrl-C: the prompt says so, as for any command
        } catch (RuntimeException | Error e) {
            out.flush();
            return ScriptFailure.report(e, runner, err, globals.debug());
        }
        if (value != null) {
            out.println(InvokerHelper.toString(value));
        }
        out.flush();
        return 0;
    }
}
