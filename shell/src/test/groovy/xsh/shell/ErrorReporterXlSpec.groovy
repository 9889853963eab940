package xsh.shell

import picocli.CommandLine
import picocli.CommandLine.Command
import picocli.CommandLine.ParameterException
import spock.lang.Specification
import xsh.error.MultiLineException
import xsh.error.XshException

/** Under the xl front end the error reporter adds nothing to a message: no xsh prefix, no help hint. */
class ErrorReporterXlSpec extends Specification {

    @Command(name = 'vcpu-set')
    static class Target {
    }

    def err = new ByteArrayOutputStream()

    ErrorReporter reporter(ErrorReporter.Audience audience) {
        new ErrorReporter(new PrintStream(err, true, 'UTF-8'), { false }, audience)
    }

    def "#failure.class.simpleName for #audience: #text, exit #code"() {
        when:
        int exit = reporter(audience).report(failure)

        then:
        exit == code
        err.toString('UTF-8') == text

        where:
        audience                              | failure                                              | code | text
        ErrorReporter.Audience.XL             | new IllegalStateException('boom')                    | 1    | 'boom\n'
        ErrorReporter.Audience.COMMAND_LINE   | new IllegalStateException('boom')                    | 1    | 'xsh: boom\n'
        ErrorReporter.Audience.XL             | new XshException('invalid memory size: x', 1)        | 1    | 'invalid memory size: x\n'
        ErrorReporter.Audience.XL             | new MultiLineException(['a', 'b', ''], 3)            | 3    | 'a\nb\n\n'
    }

    def "a command's own parse complaint under xl: picocli's message alone, exit 2"() {
        given:
        def cli = new CommandLine(new Target())

        when:
        int exit = reporter(ErrorReporter.Audience.XL)
                .handleParseException(new ParameterException(cli, "Invalid value for positional parameter: 'x' is not an int."), [] as String[])

        then:
        exit == 2
        err.toString('UTF-8') == "Invalid value for positional parameter: 'x' is not an int.\n"
    }
}
