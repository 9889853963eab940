package xsh.shell.repl

import spock.lang.Specification

class PromptSpec extends Specification {

    def "on host #host the prompt is '#prompt'"() {
        expect:
        Prompt.of(host) == prompt

        where:
        host      | prompt
        null      | 'xsh> '
        'default' | 'xsh> '
        'lab'     | 'xsh(lab)> '
        'dom0-2'  | 'xsh(dom0-2)> '
    }
}
