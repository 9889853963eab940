package xsh.shell

import xsh.shell.backend.HostConnector
import xsh.shell.xl.XlFrontEnd
import xsh.toolstack.fake.FakeHosts
import xsh.toolstack.fake.FakeHypervisor

/**
 * Runs {@code xsh xl ARGS...} in-process against {@link FakeHosts}, as Main does: xsh's
 * command table behind the xl front end, with the error reporter in xl's mode; stdout and
 * stderr captured (xl's own messages and the commands' share each stream).
 */
class XlHarness {

    final FakeHosts hosts = new FakeHosts()

    FakeHypervisor getHost() {
        (FakeHypervisor) hosts.open('default')
    }

    ShellHarness.Run xl(String... args) {
        def out = new ByteArrayOutputStream()
        def err = new ByteArrayOutputStream()
        def outStream = new PrintStream(out, true, 'UTF-8')
        def errStream = new PrintStream(err, true, 'UTF-8')
        def globals = new GlobalOptions()
        def reporter = new ErrorReporter(errStream, globals.&debug, ErrorReporter.Audience.XL)
        def cli = XshCommand.forInvocation(globals, reporter, new HostConnector({ hosts }))
        cli.out = new PrintWriter(new OutputStreamWriter(outStream, 'UTF-8'), true)
        cli.err = new PrintWriter(new OutputStreamWriter(errStream, 'UTF-8'), true)
        int code = new XlFrontEnd(cli, globals, outStream, errStream).run(args as List<String>)
        new ShellHarness.Run(code, out.toString('UTF-8'), err.toString('UTF-8'))
    }
}
