package xsh.shell

import spock.lang.Specification
import xsh.error.XshException

class CommandLineSplitterSpec extends Specification {

    def "splits #text into #commands"() {
        expect:
        CommandLineSplitter.split(text) == commands

        where:
        text                              | commands
        ''                                | []
        '   '                             | []
        'help'                            | [['help']]
        '  cfg   check  a.cfg '           | [['cfg', 'check', 'a.cfg']]
        'help; cfg check a.cfg'           | [['help'], ['cfg', 'check', 'a.cfg']]
        'help;cfg'                        | [['help'], ['cfg']]
        ';; help ;; ; '                   | [['help']]
        'help\ncfg\n'                     | [['help'], ['cfg']]
        "cfg check 'a b.cfg'"             | [['cfg', 'check', 'a b.cfg']]
        "echo 'a;b'; help"                | [['echo', 'a;b'], ['help']]
        'echo "a;b" c'                    | [['echo', 'a;b', 'c']]
        'echo "say \\"hi\\" \\\\ \\n"'    | [['echo', 'say "hi" \\ \\n']]
        "echo 'it''s'"                    | [['echo', 'its']]
        "echo ''"                         | [['echo', '']]
        'echo a\\;b a\\ b'                | [['echo', 'a;b', 'a b']]
        'echo a\\'                        | [['echo', 'a\\']]
        'echo a\\\nb'                     | [['echo', 'ab']]
        '# a comment'                     | []
        'help # a comment; not a command' | [['help']]
        '# one\nhelp'                     | [['help']]
        'echo a#b'                        | [['echo', 'a#b']]
        "echo '#'"                        | [['echo', '#']]
    }

    def "an unclosed #quote quote is a syntax error, exit code 2"() {
        when:
        CommandLineSplitter.split(text)

        then:
        def e = thrown(XshException)
        e.message == "xsh: missing closing $quote quote"
        e.exitCode() == 2

        where:
        text            | quote
        "help 'abc"     | "'"
        'help "abc'     | '"'
        'help "abc\\"'  | '"'
    }
}
