package xsh.shell.script

import java.nio.file.Files
import java.nio.file.Path
import xsh.shell.GlobalOptions
import xsh.shell.SimShellHarness
import xsh.shell.backend.HostConnector
import picocli.CommandLine

/**
 * Runs script files as {@code xsh [GLOBAL OPTIONS] FILE ARGS...} does, in-process, on the embedded
 * host of a {@link SimShellHarness} with a {@link ManualScriptClock}; output captured.
 */
class ScriptHarness implements Closeable {

    final SimShellHarness shell
    final Path dir
    final ManualScriptClock clock
    Class<? extends XshScript> base = PausingScript

    static class Run {
        int code
        String out
        String err

        List<String> getErrLines() { err.readLines() }

        List<String> getOutLines() { out.readLines() }

        String toString() { "exit $code\n--- out\n$out--- err\n$err" }
    }

    ScriptHarness(Path dir, ManualScriptClock clock = new ManualScriptClock()) {
        this.dir = dir
        this.clock = clock
        shell = new SimShellHarness(dir.resolve('home'))
    }

    /** Writes a script file under the harness's directory; returns its path. */
    Path file(String name, String text) {
        Path path = dir.resolve(name)
        Files.createDirectories(path.parent)
        Files.writeString(path, text)
        path
    }

    Run run(List<String> globalOptions = [], Path file, String... args) {
        def globals = new GlobalOptions()
        new CommandLine(new Object() {
            @CommandLine.Mixin
            GlobalOptions options = globals
        }).parseArgs(globalOptions as String[])
        def out = new StringWriter()
        def err = new StringWriter()
        def outWriter = new PrintWriter(out, true)
        def errWriter = new PrintWriter(err, true)
        def context = new HostScriptContext(new HostConnector({ shell.hosts }), globals, shell.home, outWriter, errWriter)
        def runner = new ScriptRunner(context, clock, base)
        int code
        try {
            runner.run(file, args as List<String>)
            code = 0
        } catch (RuntimeException | Error e) {
            code = ScriptFailure.report(e, runner, errWriter, globals.debug())
        }
        outWriter.flush()
        new Run(code: code, out: out.toString(), err: err.toString())
    }

    @Override
    void close() {
        shell.close()
    }
}
