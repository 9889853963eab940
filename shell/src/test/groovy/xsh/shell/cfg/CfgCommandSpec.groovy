package xsh.shell.cfg

import picocli.CommandLine
import spock.lang.Specification
import spock.lang.TempDir

import xsh.cfg.domain.DomainConfigReader
import xsh.cfg.libxl.HostFacts
import xsh.cfg.libxl.LibxlConfigJson
import xsh.cfg.parse.ConfigParser
import xsh.cfg.source.ConfigSource

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

    static final String PV = 'name = "test"\ntype = "pv"\nkernel = "/boot/vmlinuz"\nmemory = 512\nvcpus = 2\n' +
            'disk = ["/dev/vg/test,raw,xvda,rw"]\nvif = ["bridge=xenbr0"]\n'

    def "cfg check of valid files prints nothing and exits 0"() {
        when:
        def r = run('check', file('a.cfg', PV), file('b.cfg', 'name="b"\nbuilder="hvm"'))

        then:
        r.code == 0
        r.out == ''
        r.err == ''
    }

    def "cfg check reports every error of every file and exits 1"() {
        given:
        def good = file('good.cfg', PV)
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
        def f = file('w.cfg', PV + 'extra = "\\101"\nweight = 512\n')
        def r = run('check', f)

        then:
        r.code == 0
        r.err.readLines() == [
                "${f}:8:10: warning: escape `\\101` produces nothing (xl drops such escapes); write the character itself",
                "${f}:9:1: warning: `weight` is not an xl.cfg key; xl ignores it (did you mean `cpu_weight`?)"]
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

    def "cfg check stops a file at the error xl would stop at, with xl's message"() {
        when:
        def f = file('t.cfg', 'name = "t"\ntype = "xyz"\n')
        def r = run('check', f)

        then:
        r.code == 1
        r.err.readLines().any { it.startsWith("${f}:2:1: ") && it.contains('Invalid domain type xyz.') }
    }

    def "cfg show prints the typed configuration with defaults applied"() {
        when:
        def r = run('show', file('pv.cfg', PV))

        then:
        r.code == 0
        def lines = r.out.readLines()
        lines[0] ==~ /name +test/
        lines.any { it ==~ /memory +target_mib=512  max_mib=512/ }
        lines.any { it ==~ /lifecycle +on_poweroff=destroy  on_reboot=restart  on_watchdog=destroy  on_crash=destroy  on_soft_reset=soft-reset/ }
        lines.any { it ==~ /disks\[0\] +target=\/dev\/vg\/test  format=raw  vdev=xvda  access=rw.*/ }
    }

    def "cfg show --json prints xsh's typed schema"() {
        when:
        def json = new groovy.json.JsonSlurper().parseText(run('show', '--json', file('pv.cfg', PV)).out)

        then:
        json.name == 'test'
        json.type == 'pv'
        json.memory == [target_mib: 512, max_mib: 512]
        json.vcpus == [online: 2, max: 2]
        json.disks[0].vdev == 'xvda'
        json.vifs[0].bridge == 'xenbr0'
    }

    def "cfg show --xl-json prints what xl -N create prints, for the embedded host's 8 pCPUs"() {
        given: 'the libxl JSON itself is specified byte for byte in dsl-grammar (LibxlConfigJsonSpec)'
        def f = file('pv.cfg', PV)
        def config = DomainConfigReader.read(ConfigParser.parse(ConfigSource.read(Path.of(f)))).orElseThrow()
        def uuid = UUID.fromString('00000000-0000-0000-0000-000000000001')

        when:
        def r = run('show', '--xl-json', f)

        then:
        r.code == 0
        r.out.replaceAll(/"uuid": "[0-9a-f-]{36}"/, "\"uuid\": \"${uuid}\"") ==
                LibxlConfigJson.render(config, HostFacts.of(8), { uuid })
    }

    def "cfg show --xl-json exits as xl -N create does when xl refuses the config"() {
        when:
        def r = run('show', '--xl-json', file('n.cfg', 'memory = 512\n'))

        then:
        r.code == 1
        r.out == ''
        r.err.contains('Domain name must be specified.')
    }

    def "cpupool files are checked and shown as xl cpupool-create reads them"() {
        given:
        def pool = file('pool2.cfg', 'name="pool2"\nsched="credit2"\ncpus="2-3"\n')

        expect:
        run('check', '--cpupool', pool).code == 0
        run('show', '--cpupool', pool).out == 'name   pool2\nsched  credit2\ncpus   cpulist=2-3\n'
        run('check', '--cpupool', file('bad.cfg', 'sched="fifo"\n')).err.contains('Unknown scheduler')
    }

    def "--xl-json shows domain configurations only"() {
        expect:
        run('show', '--cpupool', '--xl-json', file('p.cfg', 'name="p"\n')).code == 2
        run('show', '--raw', '--xl-json', file('q.cfg', PV)).code == 2
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
