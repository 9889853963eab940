package xsh.shell.repl

import spock.lang.Specification

class CommandTipsSpec extends Specification {

    def tips = new CommandTips(MiniTable.table())

    def "after '#line' the tip is '#tip'"() {
        expect:
        tips.tip(line).orElse(null) == tip

        where:
        line                 | tip
        ''                   | null
        'save'               | null                          // the word is still being typed
        'save '              | '[-cp] DOMAIN FILE [CONFIG]'  // the synopsis, after the name
        'save -p '           | 'DOMAIN FILE [CONFIG]'
        'save web '          | 'FILE [CONFIG]'
        'save -c web f '     | '[CONFIG]'
        'save web f c '      | null
        'console -t '        | 'pv|serial|vuart'             // the value the option waits for
        'console -t pv '     | 'DOMAIN'
        'list a b '          | '[DOMAIN...]'
        'cfg '               | 'check|show'
        'cfg show '          | '[--raw] FILE'                // a subcommand's synopsis
        'cfg show --raw '    | 'FILE'
        'nosuch '            | null
        '--host lab save '   | '[-cp] DOMAIN FILE [CONFIG]'
        'list; '             | null
        'list; save '        | '[-cp] DOMAIN FILE [CONFIG]'
        'xl '                | null                          // xl's words are xl's
        'save # x '          | null
        "save 'a "           | null
    }
}
