package xsh.shell

import spock.lang.Specification

/** xsh [GLOBAL OPTIONS] -c TEXT, told apart from every other command line before the command table is built. */
class OneShotSpec extends Specification {

    def "#args is a one-shot of #text"() {
        when:
        def oneShot = OneShot.parse(args as String[])

        then:
        oneShot.isPresent()
        oneShot.get().@commands == text
        oneShot.get().@globals.host() == host
        oneShot.get().@globals.json() == json
        oneShot.get().@globals.debug() == debug

        where:
        args                                                | text          | host   | json  | debug
        ['-c', 'list']                                      | 'list'        | null   | false | false
        ['-clist; info']                                    | 'list; info'  | null   | false | false
        ['--host', 'h2', '--json', '-c', 'list']            | 'list'        | 'h2'   | true  | false
        ['-c', 'list', '--host=h3', '--debug']              | 'list'        | 'h3'   | false | true
        ['-c', '--help']                                    | '--help'      | null   | false | false
        ['-c', 'exit 3']                                    | 'exit 3'      | null   | false | false
    }

    def "#args is left to the command table"() {
        expect:
        OneShot.parse(args as String[]).isEmpty()

        where:
        args << [
                [],
                ['list'],
                ['list', '-c'],                     // list's own -c (--cpupool)
                ['cpupool-list', '-c'],
                ['-c', 'help', 'exit'],             // -c and a command: the table's usage error
                ['--help', '-c', 'list'],
                ['-c', 'list', '-h'],
                ['-V', '-c', 'list'],
                ['-c'],                             // missing text: the table's usage error
                ['-c', 'a', '-c', 'b'],
                ['--backend', 'bogus', '-c', 'list'],
                ['--bogus', '-c', 'list'],
                ['--host', '-c', 'list'],           // --host takes -c, so list is a command
                ['@file', '-c', 'list'],
        ]
    }

    def "a one-shot runs its commands as the command table would, with the same exit code and errors"() {
        given:
        def err = new ByteArrayOutputStream()
        def savedErr = System.err
        System.err = new PrintStream(err, true)

        when:
        def code = OneShot.parse(['-c', 'exit 3'] as String[]).get().run(XshCommand.embeddedHosts())
        def usage = OneShot.parse(['-c', "cfg 'unclosed"] as String[]).get().run(XshCommand.embeddedHosts())

        then:
        code == 3
        usage != 0
        err.toString().readLines().size() == 1

        cleanup:
        System.err = savedErr
    }
}
