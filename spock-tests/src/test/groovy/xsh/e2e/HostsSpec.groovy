package xsh.e2e

import groovy.json.JsonSlurper
import java.nio.file.Path
import spock.lang.Specification
import spock.lang.TempDir
import xsh.e2e.support.GuestFiles
import xsh.e2e.support.XshProcess

/** Embedded hosts through bin/xsh: made by size, chosen with --host, listed, and guests made to act. */
class HostsSpec extends Specification {

    @TempDir
    Path tmp

    XshProcess xsh

    def setup() {
        xsh = new XshProcess(tmp)
    }

    def "host create makes a host of the given size; --host works on it; host list shows both"() {
        when:
        def created = xsh.run('host', 'create', 'big', '--cpus', '16', '--memory', '64G')
        def cpus = xsh.run('--host', 'big', 'info', 'nr_cpus')
        def memory = xsh.run('--host', 'big', 'info', 'total_memory')
        xsh.run('list')   // the default host is made on first use
        def list = xsh.run('--host', 'big', 'host', 'list')
        def json = new JsonSlurper().parseText(xsh.run('host', 'list', '--json').stdout)

        then:
        created.exitCode == 0
        created.stdoutLines == ['host big: 16 pCPUs, 64 GiB; Domain-0 8 GiB with 4 vCPUs']
        cpus.stdout == '16\n'
        memory.stdout == '65536\n'
        list.stdoutLines[0] == '  Name                 CPUs  Memory(MiB)  Free(MiB)  Domains'
        list.stdoutLines[1] ==~ /\* big +16 +65536 +\d+ +1/
        list.stdoutLines[2] ==~ /  default +8 +32768 +\d+ +1/
        json*.name == ['big', 'default']
        json*.current == [false, true]
        json[0].nr_cpus == 16
    }

    def "host create refuses a name that exists and sizes that do not fit"() {
        given:
        xsh.run('host', 'create', 'big')

        when:
        def again = xsh.run('host', 'create', 'big')
        def tooSmall = xsh.run('host', 'create', 'small', '--memory', '4G', '--dom0-memory', '4G')
        def badSize = xsh.run('host', 'create', 'odd', '--memory', '64Q')

        then:
        again.exitCode == 1
        again.stderrLines == ["host 'big' already exists"]
        tooSmall.exitCode == 1
        tooSmall.stderrLines == ['host create: --dom0-memory (4 GiB) must be less than --memory (4 GiB)']
        badSize.exitCode == 2
    }

    def "host inject crash: a guest with on_crash=preserve stays, shown crashed"() {
        given:
        new GuestFiles(xsh.workDir).config('web', 256, 1, 'on_crash = "preserve"\n')
        xsh.run('create', '-q', 'web.cfg')

        when:
        def r = xsh.run('host', 'inject', 'crash', 'web')
        def list = xsh.run('list', 'web')

        then:
        r.exitCode == 0
        list.stdoutLines[1] ==~ /web +\d+ +256 +1     ---sc-  +\d+\.\d/
    }

    def "a malformed remote --host and the xen backend are refused in one line"() {
        expect:
        xsh.run('--host', 'ssh://root@dom0:0', 'list').stderrLines ==
                ["xsh: invalid remote host 'ssh://root@dom0:0': the port must be a number from 1 to 65535"]
        xsh.run('--backend', 'xen', 'list').exitCode == 1
    }
}
