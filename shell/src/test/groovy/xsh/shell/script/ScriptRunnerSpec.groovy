package xsh.shell.script

import java.nio.file.Path
import spock.lang.Specification
import spock.lang.TempDir

class ScriptRunnerSpec extends Specification {

    @TempDir
    Path dir

    ScriptHarness scripts

    def setup() {
        scripts = new ScriptHarness(dir)
        scripts.shell.guest('debian')
    }

    def cleanup() {
        scripts.close()
    }

    def "args holds the words after the script's name, options included"() {
        given:
        def f = scripts.file('a.xsh', 'println args.length; args.each { println "<$it>" }')

        when:
        def r = scripts.run(f, 'debian', '--debug', 'two words')

        then:
        r.code == 0
        r.outLines == ['3', '<debian>', '<--debug>', '<two words>']
    }

    def "a #! first line is a comment, and line numbers count it"() {
        given:
        def f = scripts.file('s.xsh', '#!/usr/bin/env xsh\nprintln "ok"\nthrow new IllegalStateException("no")\n')

        when:
        def r = scripts.run(f)

        then:
        r.code == 1
        r.out == 'ok\n'
        r.errLines == ["$f:3: IllegalStateException: no"]
    }

    def "a DSL method changes the host; a failing one ends the script with its message, its line and its exit code"() {
        given:
        def f = scripts.file('p.xsh', '''pause 'debian'
println "paused: ${paused('debian')}"
pause 'nosuch'
println 'not reached'
''')

        when:
        def r = scripts.run(f)

        then:
        r.outLines == ['paused: true']
        r.errLines.size() == 1
        r.errLines[0] ==~ /\Q$f\E:3: .*nosuch.*/
        r.code != 0
        r.code == scripts.shell.run('pause', 'nosuch').code
    }

    def "try/finally works as in Groovy: the finally block runs, then the failure ends the script"() {
        given:
        def f = scripts.file('t.xsh', '''try {
    pause 'nosuch'
} finally {
    println 'cleaned up'
}
''')

        when:
        def r = scripts.run(f)

        then:
        r.out == 'cleaned up\n'
        r.errLines[0].startsWith("$f:2: ")
    }

    def "exit #code ends the script with that code after its finally blocks, the message as it is"() {
        given:
        def f = scripts.file('e.xsh', """try {
    println 'before'
    exit $arguments
    println 'not reached'
} finally {
    println 'finally'
}
""")

        when:
        def r = scripts.run(f)

        then:
        r.code == code
        r.outLines == ['before', 'finally']
        r.errLines.size() == err.size()
        [r.errLines, err].transpose().every { String line, String end -> line.endsWith(end) }

        where:
        arguments               || code | err
        "0"                     || 0    | []
        "3"                     || 3    | []
        "2, 'usage: e.xsh N'"   || 2    | ['usage: e.xsh N']
        "256"                   || 1    | ['e.xsh:3: exit: the code must be 0 to 255, not 256']
    }

    def "a caught failure carries the command's message and exit code"() {
        given:
        def f = scripts.file('c.xsh', '''try {
    pause 'nosuch'
} catch (xsh.error.XshException e) {
    println "caught ${e.exitCode()}: ${e.message}"
}
''')

        when:
        def r = scripts.run(f)

        then:
        r.code == 0
        r.out.startsWith('caught ')
        r.out.contains('nosuch')
    }

    def "an uncaught failure that is not xsh's says its type: #source"() {
        given:
        def f = scripts.file('e.xsh', source)

        when:
        def r = scripts.run(f)

        then:
        r.code == 1
        r.errLines == ["$f:$message".toString()]

        where:
        source                                      | message
        'def x = null\n\nx.size()'                  | "3: NullPointerException: Cannot invoke method size() on null object"
        'nosuchMethod(1)'                           | "1: MissingMethodException: No signature of method: e_xsh.nosuchMethod() is applicable for argument types: (Integer) values: [1]"
        'def f() { throw new RuntimeException() }\nf()' | '1: RuntimeException'
    }

    def "a syntax error is FILE:LINE:COL: message, exit 1, and nothing runs"() {
        given:
        def f = scripts.file('bad.xsh', 'println "ran"\nprintln 1 +* 2\n')

        when:
        def r = scripts.run(f)

        then:
        r.code == 1
        r.out == ''
        r.errLines.size() == 1
        r.errLines[0] ==~ /\Q$f\E:2:\d+: Unexpected input: .*/
    }

    def "--debug adds the stack trace"() {
        given:
        def f = scripts.file('d.xsh', 'pause "nosuch"')

        when:
        def r = scripts.run(['--debug'], f)

        then:
        r.errLines[0].startsWith("$f:1: ")
        r.err.contains('\tat ')
    }

    def "load runs a script relative to the loader's directory, with the same variables; its methods are callable"() {
        given:
        scripts.file('lib/util.xsh', '''greeting = "hello from util"
def shout(String s) { s.toUpperCase() + '!' }
def twice(int n) { n * 2 }
''')
        def main = scripts.file('lib/main.xsh', '''load 'util.xsh'
println greeting
println shout('hi')
println twice(21)
''')

        when:
        def r = scripts.run(main)

        then:
        r.code == 0
        r.outLines == ['hello from util', 'HI!', '42']
    }

    def "a failure in a loaded script is told with that script's file and line"() {
        given:
        scripts.file('lib.xsh', 'def boom() {\n  pause "nosuch"\n}\n')
        def main = scripts.file('m.xsh', 'load "lib.xsh"\nboom()\n')
        def lib = dir.resolve('lib.xsh')

        when:
        def r = scripts.run(main)

        then:
        r.errLines[0].startsWith("$lib:2: ")
    }

    def "loading a file that is not there fails on the load's line"() {
        given:
        def main = scripts.file('m.xsh', '\nload "nosuch.xsh"\n')

        when:
        def r = scripts.run(main)

        then:
        r.code == 1
        r.errLines == ["$main:2: ${dir.resolve('nosuch.xsh')}: no such file".toString()]
    }

    def "under --dry-run a change prints what it would do and the host stays as it was; reads happen"() {
        given:
        def f = scripts.file('p.xsh', '''pause 'debian'
println "paused: ${paused('debian')}"
''')

        when:
        def r = scripts.run(['--dry-run'], f)

        then:
        r.code == 0
        r.outLines == ['dry-run: pause debian', 'paused: false']
        !scripts.shell.host.domainNamed('debian').get().state().paused()
    }

    def "xsh 'COMMAND LINE' runs commands as typed, under the script's options; a failing one throws"() {
        given:
        def f = scripts.file('x.xsh', '''xsh 'pause debian'
println "paused: ${paused('debian')}"
xsh 'unpause debian; pause nosuch'
''')

        when:
        def r = scripts.run(f)
        def dry = scripts.run(['--dry-run'], scripts.file('y.xsh', "xsh 'unpause debian; list'"))

        then:
        r.outLines == ['paused: true']
        r.errLines.size() == 1
        r.errLines[0] ==~ /\Q$f\E:3: .*nosuch.*/
        !scripts.shell.host.domainNamed('debian').get().state().paused()
        dry.code == 0
        dry.outLines[0] == 'dry-run: unpause debian'
        dry.outLines[1].startsWith('Name ')
    }
}
