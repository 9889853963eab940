package xsh.shell.dsl

import java.nio.file.Files
import java.nio.file.Path
import org.codehaus.groovy.control.CompilerConfiguration
import org.codehaus.groovy.control.customizers.ImportCustomizer
import xsh.hv.sim.SimHosts
import xsh.hv.sim.clock.ManualClock

/**
 * Runs DSL scripts as {@code .xsh} files run, against the embedded host {@code default} under
 * {@code home} with a manual clock: compiled with the DSL as their base class and a
 * {@link SimScriptContext} bound. Guests' config files are written under {@code home}.
 */
class DslHarness {

    final Path home
    final ManualClock clock = new ManualClock()
    final SimHosts hosts
    SimScriptContext context

    DslHarness(Path home) {
        this.home = home
        this.hosts = new SimHosts(home, clock)
        hosts.open('default').close()
    }

    /** Writes {@code NAME.cfg}, a PV guest, and returns its path. */
    Path config(String name, String extra = '', int memoryMib = 256) {
        def kernel = Files.createDirectories(home.resolve('boot')).resolve('vmlinuz')
        if (!Files.exists(kernel)) {
            Files.writeString(kernel, 'kernel')
        }
        def file = home.resolve("${name}.cfg")
        Files.writeString(file, """name = "$name"
type = "pv"
kernel = "$kernel"
memory = $memoryMib
vcpus = 2
$extra
""")
        file
    }

    /** Creates a running guest through the DSL itself. */
    Domain guest(String name, String extra = '') {
        (Domain) run("create '${config(name, extra)}', quiet: true")
    }

    /** Runs the script text; returns its value. {@link #context} keeps its output and changes. */
    Object run(String script, boolean dryRun = false) {
        context = new SimScriptContext(hosts, home, dryRun)
        def config = new CompilerConfiguration()
        config.scriptBaseClass = SimDsl.name
        config.addCompilationCustomizers(new ImportCustomizer().addStarImports('xsh.shell.dsl'))
        def binding = new Binding()
        binding.setVariable(XshDsl.CONTEXT, context)
        binding.setVariable(SimDsl.CLOCK, clock)
        binding.setVariable('home', home.toString())
        new GroovyShell(getClass().classLoader, binding, config).evaluate(script)
    }

    String getOut() { context.outText.toString() }

    String getErr() { context.errText.toString() }

    List<String> getChanges() { context.changes }

    /** What the host says now, not through the DSL. */
    def host(Closure query) {
        def hv = hosts.open('default')
        try {
            query(hv)
        } finally {
            hv.close()
        }
    }
}
