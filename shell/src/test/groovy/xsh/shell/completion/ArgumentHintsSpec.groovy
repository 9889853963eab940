package xsh.shell.completion

import picocli.CommandLine
import spock.lang.Specification
import xsh.shell.ErrorReporter
import xsh.shell.GlobalOptions
import xsh.shell.XshCommand
import xsh.shell.backend.HostConnector

/** The hint texts the tail tips show for the argument under the cursor. */
class ArgumentHintsSpec extends Specification {

    static CommandLine table = XshCommand.forCommandLines(new GlobalOptions(),
            new ErrorReporter(System.err, { false }, ErrorReporter.Audience.REPL), new HostConnector({ null }))

    def "#command positional #index: #hint"() {
        expect:
        ArgumentHints.positional(table.subcommands[command].commandSpec, index).orElse(null) == hint

        where:
        command              | index || hint
        'cpupool-cpu-add'    | 1     || "CPUS: A CPU list, or node:N for a NUMA node's pCPUs. e.g. 0-3,^1 (0, 2 and 3), node:0, all"
        'vcpu-pin'           | 2     || 'HARD: The hard affinity: a CPU list, all, or -. e.g. 0-3,^1 (0, 2 and 3), node:0, all, - (as it is)'
        'mem-set'            | 1     || 'SIZE: A size in MiB, or with a unit: b, k, m, g or t (binary units), e.g. 512, 2g.'
        'pause'              | 0     || 'DOMAIN: A domain name or domid.'
        'pause'              | 1     || null
    }

    def "an option's value: truncate -s"() {
        expect:
        ArgumentHints.optionValue(table.subcommands['truncate'].commandSpec, '-s').get().startsWith('SIZE')
    }
}
