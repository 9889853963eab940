package xsh.shell

import groovy.transform.Canonical
import xsh.shell.backend.HostConnector
import xsh.toolstack.fake.FakeHosts
import xsh.toolstack.fake.FakeHypervisor

/**
 * Runs xsh's command table in-process against {@link FakeHosts}, as {@code xsh ARGS...}
 * would, capturing stdout and stderr (the commands' own writer and the error reporter share
 * one stream, so their order is the user's).
 */
class ShellHarness {

    final FakeHosts hosts = new FakeHosts()

    @Canonical
    static class Run {
        int code
        String out
        String err

        List<String> getErrLines() { err.readLines() }

        List<String> getOutLines() { out.readLines() }
    }

    /** The host commands work on unless --host says otherwise. */
    FakeHypervisor getHost() {
        (FakeHypervisor) hosts.open('default')
    }

    Run run(String... args) {
        runWith(new GlobalOptions(), args)
    }

    /** As the xl front end runs a command: xl's bytes and quirks, and its global -N if {@code dryRun}. */
    Run runAsXl(boolean dryRun, String... args) {
        def globals = new GlobalOptions()
        globals.actAsXl(dryRun)
        runWith(globals, args)
    }

    private Run runWith(GlobalOptions globals, String... args) {
        def out = new ByteArrayOutputStream()
        def err = new ByteArrayOutputStream()
        def errStream = new PrintStream(err, true, 'UTF-8')
        def reporter = new ErrorReporter(errStream, globals.&debug, ErrorReporter.Audience.COMMAND_LINE)
        def cli = XshCommand.forInvocation(globals, reporter, new HostConnector({ hosts }))
        cli.out = new PrintWriter(new OutputStreamWriter(out, 'UTF-8'), true)
        cli.err = new PrintWriter(new OutputStreamWriter(errStream, 'UTF-8'), true)
        int code = cli.execute(args)
        new Run(code, out.toString('UTF-8'), err.toString('UTF-8'))
    }
}
