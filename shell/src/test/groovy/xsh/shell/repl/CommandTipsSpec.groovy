package xsh.shell.repl

import spock.lang.Specification
import xsh.shell.XshCommand

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

    def "a CPU list or a size is tipped with how to write one: '#line'"() {
        expect:
        new CommandTips(XshCommand.table()).tip(line).orElse(null) == tip

        where:
        line                 | tip
        'mem-set web '       | 'SIZE: A size in MiB, or with a unit: b, k, m, g or t (binary units), e.g. 512, 2g.'
        'vcpu-pin web 0 '    | 'HARD: The hard affinity: a CPU list, all, or -. e.g. 0-3,^1 (0, 2 and 3), node:0, all, - (as it is)'
        'vcpu-pin web '      | 'VCPU HARD [SOFT]'
    }
}
