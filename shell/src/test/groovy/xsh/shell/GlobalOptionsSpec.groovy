package xsh.shell

import picocli.CommandLine
import spock.lang.Specification
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
}
