package xsh.hv.command

import java.util.concurrent.TimeUnit
import spock.lang.Specification

/** The remote shell splits the command line ssh sends back into exactly the words xsh was given. */
class ShellWordsSpec extends Specification {

    def "sh reads back each word exactly, running nothing in it: #word"() {
        given: 'a file that a word run as a command would make'
        def marker = File.createTempFile('xsh-quote', '.marker')
        marker.delete()
        String nasty = word.replace('MARKER', marker.path)

        when: 'sh splits the line as the remote login shell would'
        def process = new ProcessBuilder('sh', '-c', "printf '%s\\0' " + ShellWords.commandLine(['list', nasty, 'end']))
                .redirectErrorStream(true).start()
        String out = process.inputStream.getText('UTF-8')
        process.waitFor(10, TimeUnit.SECONDS)

        then:
        out.split('\0', -1).toList() == ['list', nasty, 'end', '']
        !marker.exists()

        where:
        word << [
                'a b',
                '',
                "it's",
                "''",
                '"double" quotes',
                '$(touch MARKER)',
                '`touch MARKER`',
                'x; touch MARKER',
                'x && touch MARKER',
                'x | touch MARKER',
                "x'; touch MARKER; echo '",
                'x\ntouch MARKER',
                '$HOME ${PATH} $0 $$',
                '* ? [a-z] ~root',
                '\\ back\\slash \\\'',
                'tab\there',
                '> MARKER',
                '#comment',
                'ünïcødé 名前',
        ]
    }

    def "each word is quoted: #word becomes #quoted"() {
        expect:
        ShellWords.quote(word) == quoted

        where:
        word   | quoted
        'list' | "'list'"
        ''     | "''"
        "a'b"  | "'a'\\''b'"
    }
}
