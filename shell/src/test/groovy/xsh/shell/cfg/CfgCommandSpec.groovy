package xsh.shell.cfg

import picocli.CommandLine
import spock.lang.Specification
import spock.lang.TempDir

import java.nio.file.Files
import java.nio.file.Path

class CfgCommandSpec extends Specification {

    @TempDir
    Path dir

    Map run(String... args) {
        def out = new StringWriter()
        def err = new StringWriter()
        def cli = new CommandLine(new CfgCommand())
        cli.out = new PrintWriter(out)
        cli.err = new PrintWriter(err)
        int code = cli.execute(args)
        [code: code, out: out.toString(), err: err.toString()]
    }

    String file(String name, String text) {
        Path p = dir.resolve(name)
        Files.write(p, text.getBytes('ISO-8859-1'))
        p.toString()
    }

    def "cfg check of valid files prints nothing and exits 0"() {
        when:
        def r = run('check', file('a.cfg', 'name = "a"\nmemory = 512\n'), file('b.cfg', 'name="b"'))

        then:
        r.code == 0
        r.out == ''
        r.err == ''
    }

    def "cfg check reports every error of every file and exits 1"() {
        given:
        def good = file('good.cfg', 'name = "a"\n')
        def bad = file('bad.cfg', 'a = \nB = 1\n')

        when:
        def r = run('check', good, bad)

        then:
        r.code == 1
        r.err.readLines() == [
                "${bad}:1:5: missing value after `=` for `a` (a string, a number or a list)",
                "${bad}:2:1: setting name `B` has upper-case letters: xl names are lower-case (`b`)"]
    }

    def "cfg check names a missing file in one line"() {
        when:
        def r = run('check', dir.resolve('nope.cfg').toString())

        then:
        r.code == 1
        r.err.trim() == "${dir.resolve('nope.cfg')}: no such file"
    }

    def "cfg check prints warnings but a file with only warnings is valid"() {
        when:
        def f = file('w.cfg', 'a = "\\101"\n')
        def r = run('check', f)

        then:
        r.code == 0
        r.err.trim() == "${f}:1:6: warning: escape `\\101` produces nothing (xl drops such escapes); write the character itself"
    }

    def "cfg show --raw --json prints the stored settings, each key once in order of first appearance"() {
        when:
        def r = run('show', '--raw', '--json', file('r.cfg', 'b = 1\na = [ "x", [2] ]\nb += 3\nc = "\u00ff"\n'))

        then:
        r.code == 0
        r.out == '''{
  "b": "13",
  "a": [
    "x",
    [
      "2"
    ]
  ],
  "c": "\\udcff"
}
'''
    }

    def "cfg show --raw prints the settings as a normalised configuration"() {
        expect:
        run('show', '--raw', file('r.cfg', "b = 1 # one\na = [ 'x' ,\n 0x2 ]\nb += 3\n")).out == 'b = 13\na = ["x", 0x2]\n'
    }

    def "cfg show of a file with errors prints them and no configuration"() {
        when:
        def r = run('show', '--raw', file('e.cfg', 'a = ]\n'))

        then:
        r.code == 1
        r.out == ''
        r.err.contains('e.cfg:1:5: expected a value after `=` for `a`')
    }
}
