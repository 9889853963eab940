package xsh.shell.script;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import xsh.shell.XshHome;
import xsh.shell.backend.HostConnector;
import xsh.shell.interrupt.CtrlC;

/**
 * Runs a script file as xsh's whole job: its output on stdout, its failure on stderr and as the
 * exit code ({@link ScriptFailure}). Ctrl-C interrupts the script, which unwinds through its
 * {@code finally} blocks and ends with 130; a second Ctrl-C ends xsh at once.
 */
final class ScriptMain {

    /** What sh gives for a script file that is not there. */
    static final int NOT_FOUND = 127;

    private ScriptMain() {
    }

    static int run(ScriptCommandLine command, HostConnector hosts) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        Path file = Path.of(command.file());
        if (!Files.isRegularFile(file)) {
            err.println("xsh: " + command.file() + (Files.exists(file) ? ": not a file" : ": no such file"));
            return NOT_FOUND;
        }
        HostScriptContext context = new HostScriptContext(hosts, command.globals(), XshHome.path(), out, err);
        ScriptRunner runner = new ScriptRunner(context, ScriptClock.system());
        try (CtrlC ctrlC = CtrlC.interrupts(Thread.currentThread(), CtrlC.Then.ENDS_XSH)) {
            runner.run(file, command.args());
            return 0;
        } catch (RuntimeException | Error e) {
            out.flush();
            return ScriptFailure.report(e, runner, err, command.globals().debug());
        } finally {
            out.flush();
        }
    }
}
