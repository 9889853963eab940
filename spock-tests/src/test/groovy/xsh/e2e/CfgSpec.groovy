package xsh.e2e

import java.nio.file.Files
import java.nio.file.Path
import spock.lang.Specification
import spock.lang.TempDir
import spock.lang.Unroll
import xsh.e2e.support.XshProcess

/** bin/xsh cfg check and cfg show, as a user runs them on the seeds' configurations. */
class CfgSpec extends Specification {

    static final File SEEDS = new File(XshProcess.projectRoot(), 'dsl-grammar/src/test/resources/seeds')

    @TempDir
    Path tmp

    XshProcess xsh

    def setup() {
        xsh = new XshProcess(tmp)
    }

    File copySeed(String name) {
        File target = new File(xsh.workDir, name)
        target.bytes = new File(SEEDS, name).bytes
        target
    }

    @Unroll
    def "the seed #seed passes cfg check"() {
        given:
        copySeed(seed)

        when:
        def result = xsh.run('cfg', 'check', seed)

        then:
        result.exitCode == 0
        !result.stderr.contains(': ') || result.stderrLines.every { it.contains(': warning: ') }

        where:
        seed << ['handbook-freebsd.cfg', 'tutorial-debian-pv.cfg', 'tutorial-freebsd-hvm.cfg',
                 'tutorial-freebsd-pvh.cfg', 'netbsd-domu-foo.cfg']
    }

    def "the Handbook's freebsd.cfg as printed gets one error that points at the unclosed list"() {
        given:
        copySeed('handbook-freebsd-as-printed.cfg')

        when:
        def result = xsh.run('cfg', 'check', 'handbook-freebsd-as-printed.cfg')

        then:
        result.exitCode == 1
        result.stdout == ''
        result.stderrLines == ['handbook-freebsd-as-printed.cfg:9:1: the list opened at line 6, column 8 is not closed: expected `,` or `]` after its last item, found `vnc`']
    }

    def "cfg show prints the typed configuration and --json xsh's schema"() {
        given:
        copySeed('handbook-freebsd.cfg')

        when:
        def text = xsh.run('cfg', 'show', 'handbook-freebsd.cfg')
        def json = xsh.run('cfg', 'show', '--json', 'handbook-freebsd.cfg')

        then:
        text.exitCode == 0
        text.stdoutLines[0] ==~ /name +freebsd/
        text.stdoutLines.any { it ==~ /vifs\[0\] +devid=0  mac=00:16:3e:74:34:32  bridge=bridge0/ }
        def doc = new groovy.json.JsonSlurper().parseText(json.stdout)
        doc.type == 'hvm'
        doc.memory.target_mib == 1024
        doc.disks*.devtype == ['disk', 'cdrom']
    }

    def "cfg show --raw --json shows the stored settings and --xl-json what xl -N create prints"() {
        given:
        copySeed('tutorial-debian-pv.cfg')

        when:
        def raw = xsh.run('cfg', 'show', '--raw', '--json', 'tutorial-debian-pv.cfg')
        def xl = xsh.run('cfg', 'show', '--xl-json', 'tutorial-debian-pv.cfg')

        then:
        raw.exitCode == 0
        new groovy.json.JsonSlurper().parseText(raw.stdout) instanceof Map
        xl.exitCode == 0
        xl.stdout.startsWith('{\n    "c_info": {\n        "type": "pv",\n')
        xl.stdout.endsWith('}\n')
    }

    @Unroll
    def "bad input to cfg #args gets a one-line error, a non-zero exit and no trace"() {
        given:
        new File(xsh.workDir, 'crlf.cfg').text = 'name = "x"\r\nmemory = 512\r\n'

        when:
        def result = xsh.run(args)

        then:
        result.exitCode == code
        result.stderrLines.size() == 1
        result.stderrLines[0] == message
        !result.stderr.contains('\tat ')

        where:
        args                                      || code | message
        ['cfg', 'check', 'missing.cfg']           || 1    | 'missing.cfg: no such file'
        ['cfg', 'show', 'missing.cfg']            || 1    | 'missing.cfg: no such file'
        ['cfg', 'check', 'crlf.cfg']              || 1    | 'crlf.cfg:1:11: carriage return: xl reads only Unix line endings (LF), this file has Windows ones (CRLF) (2 lines end so)'
        ['cfg', 'check']                          || 2    | "xsh: Missing required parameter: 'FILE'. Try 'xsh cfg check --help'."
    }

    def "names and messages come out as UTF-8 even under the C locale"() {
        given:
        new File(xsh.workDir, 'u.cfg').bytes = 'name = "café"\na = é\n'.getBytes('UTF-8')
        xsh.environment.putAll(LANG: 'C', LC_ALL: 'C')

        when:
        def check = xsh.run('cfg', 'check', 'u.cfg')

        then:
        check.stderrLines == ['u.cfg:2:5: unexpected character `é`']
    }

    def "cfg check reads 1,000 files in one process"() {
        given:
        def files = (0..<1000).collect { i ->
            Path f = tmp.resolve("work/guest-${i}.cfg")
            Files.writeString(f, "name = \"guest-${i}\"\ntype = \"pvh\"\nkernel = \"/boot/kernel\"\nmemory = ${256 + i}\n" +
                    "disk = [ 'phy:/dev/zvol/zroot/guest-${i},xvda,w' ]\nvif = [ 'bridge=xenbr0' ]\n")
            f.fileName.toString()
        }
        Files.writeString(tmp.resolve('work/guest-500.cfg'), 'name = "broken"\nmemory = \n')

        when:
        def result = xsh.run(['cfg', 'check'] + files)

        then:
        result.exitCode == 1
        result.stderrLines == ['guest-500.cfg:2:10: missing value after `=` for `memory` (a string, a number or a list)']
    }
}
