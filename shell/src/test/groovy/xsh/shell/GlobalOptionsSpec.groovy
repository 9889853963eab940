package xsh.shell

import picocli.CommandLine
import spock.lang.Specification
import xsh.error.XshException
import xsh.shell.render.ColourMode

class GlobalOptionsSpec extends Specification {

    def "commands piped on stdin print plain text unless --color=always: #given -> #mode"() {
        given:
        def globals = new GlobalOptions()
        new CommandLine(new Object() {
            @CommandLine.Mixin
            GlobalOptions options = globals
        }).parseArgs(given as String[])

        when:
        globals.readCommandsFromPipe()

        then:
        globals.colourMode() == mode

        where:
        given               | mode
        []                  | ColourMode.never
        ['--color=auto']    | ColourMode.never
        ['--color=never']   | ColourMode.never
        ['--color=always']  | ColourMode.always
    }

    GlobalOptions parsed(List<String> args) {
        def globals = new GlobalOptions()
        new CommandLine(new Object() {
            @CommandLine.Mixin
            GlobalOptions options = globals
        }).parseArgs(args as String[])
        globals
    }

    def "without --backend: XSH_BACKEND, else xen on a Dom0 with xl, else sim: #environment, Dom0 #dom0 -> #backend"() {
        given:
        boolean asked = false

        expect:
        GlobalOptions.defaultBackend(environment, { asked = true; dom0 }) == backend
        asked == probed

        where:
        environment              | dom0  | backend                   | probed
        [:]                      | false | GlobalOptions.Backend.sim | true
        [:]                      | true  | GlobalOptions.Backend.xen | true
        [XSH_BACKEND: '']        | true  | GlobalOptions.Backend.xen | true
        [XSH_BACKEND: 'sim']     | true  | GlobalOptions.Backend.sim | false
        [XSH_BACKEND: 'xen']     | false | GlobalOptions.Backend.xen | false
    }

    def "a bad XSH_BACKEND is one line, exit 1"() {
        when:
        GlobalOptions.defaultBackend([XSH_BACKEND: 'kvm'], { false })

        then:
        XshException e = thrown()
        e.message == 'xsh: XSH_BACKEND=kvm: the backend is sim or xen'
        e.exitCode() == 1
    }

    def "--backend wins over the environment and is what a remote xsh is told"() {
        expect:
        parsed(['--backend', 'xen']).backend() == GlobalOptions.Backend.xen
        parsed(['--backend', 'xen']).requestedBackend().get() == GlobalOptions.Backend.xen
        !parsed([]).requestedBackend().isPresent()
    }

    def "-v counts, repeated or bundled, survives the copy a command line starts from, and the xl front end adds xl's: #args -> #count"() {
        given:
        def globals = parsed(args)
        globals.addVerbosity(fromXl)

        expect:
        globals.verbosity() == count
        globals.copy().verbosity() == count

        where:
        args                | fromXl | count
        []                  | 0      | 0
        ['-v']              | 0      | 1
        ['-vvv']            | 0      | 3
        ['-v', '-v']        | 0      | 2
        []                  | 2      | 2
    }
}
