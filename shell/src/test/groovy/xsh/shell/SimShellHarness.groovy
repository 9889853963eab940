package xsh.shell

import java.nio.file.Files
import java.nio.file.Path
import xsh.cfg.domain.DomainConfigReader
import xsh.cfg.parse.ConfigParser
import xsh.cfg.source.ConfigSource
import xsh.hv.DomainDefinition
import xsh.hv.DomainInfo
import xsh.hv.HostSpec
import xsh.hv.sim.SimHost
import xsh.hv.sim.SimHosts
import xsh.hv.sim.clock.ManualClock
import xsh.shell.backend.HostConnector
import xsh.shell.xl.XlFrontEnd

/**
 * Runs xsh's command table in-process against the embedded host under {@code home}, with a
 * manual clock, as {@code xsh ARGS...} would, or as {@code xsh xl [-N] ARGS...} would
 * ({@link #xl}); stdout and stderr captured as in {@link ShellHarness}. Call {@link #close}.
 */
class SimShellHarness implements Closeable {

    final ManualClock clock = new ManualClock()
    final SimHosts hosts
    final Path home
    private SimHost open

    SimShellHarness(Path home, HostSpec spec = null) {
        this.home = home
        this.hosts = new SimHosts(home, clock)
        open = spec == null ? hosts.open('default') : hosts.create('default', spec)
    }

    /** The host commands work on, for setting up and looking. */
    SimHost getHost() { open }

    /** A running PV guest with extra xl.cfg lines. */
    DomainInfo guest(String name, String extra = '', int memoryMib = 512) {
        def kernel = Files.createDirectories(home.resolve('boot')).resolve('vmlinuz')
        if (!Files.exists(kernel)) {
            Files.writeString(kernel, 'kernel')
        }
        def src = ConfigSource.of("${name}.cfg", """name = "$name"
type = "pv"
kernel = "$kernel"
memory = $memoryMib
$extra
""")
        open.create(new DomainDefinition(src, DomainConfigReader.read(ConfigParser.parse(src)).orElseThrow()), false)
    }

    ShellHarness.Run run(String... args) {
        execute(new GlobalOptions(), args)
    }

    /** {@code xsh xl ARGS...}, with xl's global {@code -N} first when {@code dryRun}: xl's parsing, then the command. */
    ShellHarness.Run xl(boolean dryRun = false, String... args) {
        def out = new ByteArrayOutputStream()
        def err = new ByteArrayOutputStream()
        def outStream = new PrintStream(out, true, 'UTF-8')
        def errStream = new PrintStream(err, true, 'UTF-8')
        def globals = new GlobalOptions()
        def reporter = new ErrorReporter(errStream, globals.&debug, ErrorReporter.Audience.XL)
        def cli = XshCommand.forInvocation(globals, reporter, new HostConnector({ hosts }))
        cli.out = new PrintWriter(new OutputStreamWriter(outStream, 'UTF-8'), true)
        cli.err = new PrintWriter(new OutputStreamWriter(errStream, 'UTF-8'), true)
        def words = (dryRun ? ['-N'] : []) + (args as List<String>)
        int code = new XlFrontEnd(cli, globals, outStream, errStream).run(words)
        new ShellHarness.Run(code, out.toString('UTF-8'), err.toString('UTF-8'))
    }

    private ShellHarness.Run execute(GlobalOptions globals, String... args) {
        def out = new ByteArrayOutputStream()
        def err = new ByteArrayOutputStream()
        def errStream = new PrintStream(err, true, 'UTF-8')
        def reporter = new ErrorReporter(errStream, globals.&debug, ErrorReporter.Audience.COMMAND_LINE)
        def cli = XshCommand.forInvocation(globals, reporter, new HostConnector({ hosts }))
        cli.out = new PrintWriter(new OutputStreamWriter(out, 'UTF-8'), true)
        cli.err = new PrintWriter(new OutputStreamWriter(errStream, 'UTF-8'), true)
        int code = cli.execute(args)
        new ShellHarness.Run(code, out.toString('UTF-8'), err.toString('UTF-8'))
    }

    @Override
    void close() {
        open?.close()
    }
}
