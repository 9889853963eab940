package xsh.e2e

import groovy.json.JsonSlurper
import java.nio.file.Files
import java.nio.file.Path
import spock.lang.Shared
import spock.lang.Specification
import spock.lang.Stepwise
import spock.lang.Tag
import spock.lang.TempDir
import xsh.e2e.support.GuestFiles
import xsh.e2e.support.XshProcess

/**
 * xl's information and miscellaneous commands through bin/xsh on one embedded host, in the
 * order an admin might use them: the host, a dry run, a guest made without a monitor, what
 * it says and how long it has run, pokes at it, its core, and Xen's own console.
 */
@Tag('backend-independent')
@Stepwise
class InfoMiscSpec extends Specification {

    @Shared
    @TempDir
    Path tmp

    @Shared
    XshProcess xsh
    @Shared
    GuestFiles guests

    def setupSpec() {
        xsh = new XshProcess(tmp)
        guests = new GuestFiles(xsh.workDir)
        guests.config('web')
    }

    def "info -n: xl's fields with the topology and NUMA tables after free_cpus"() {
        when:
        def r = xsh.run('info', '-n')
        def lines = r.stdoutLines

        then:
        r.exitCode == 0
        r.stderr == ''
        lines[lines.findIndexOf { it.startsWith('free_cpus ') } + 1] == 'cpu_topology           :'
        lines.contains('cpu:    core    socket     node')
        lines.contains('No device topology data available')
        lines.contains('node:    memsize    memfree    distances')
        lines.any { it ==~ /   0:     32768 +\d+      10/ }
        xsh.run('info', 'xen_version').stdout == '4.17.7\n'
    }

    def "create -n prints libxl's JSON and builds nothing"() {
        when:
        def r = xsh.run('create', '-n', 'web.cfg')

        then:
        r.exitCode == 0
        r.stderr == 'Parsing config from web.cfg\n'
        r.stdout.startsWith('{\n    "c_info": {\n        "type": "pv",\n        "name": "web",\n')
        r.stdout.endsWith('    "on_reboot": "restart",\n    "on_soft_reset": "soft_reset"\n}\n')
        xsh.run('list').stdoutLines.size() == 2 // the header and Domain-0
    }

    def "create -e: the domain is there; list -l shows its config, list -n -Z its nodes and label"() {
        when:
        def created = xsh.run('create', '-q', '-e', 'web.cfg')
        def longList = xsh.run('list', '-l')
        def numa = xsh.run('list', '-n', '-Z', 'web')

        then:
        created.exitCode == 0
        def json = new JsonSlurper().parseText(longList.stdout)
        json*.config.c_info.name == ['web']
        json[0].domid == 1
        numa.stdoutLines[0].endsWith('\tTime(s)   Security Label NODE Affinity')
        numa.stdoutLines[1] ==~ /web +1 +256 +2 +[-r][-b]---- +\d+\.\d                - all/
    }

    def "uptime, domid, domname and vm-list"() {
        when:
        def uptime = xsh.run('uptime')
        def vmList = xsh.run('vm-list')

        then:
        uptime.stdoutLines[0] == 'Name                                ID Uptime'
        uptime.stdoutLines[1] ==~ /Domain-0 {29}0 [ \d]\d:\d\d:\d\d/
        uptime.stdoutLines[2] ==~ /web {34}1 [ \d]\d:\d\d:\d\d/
        xsh.run('domid', 'web').stdout == '1\n'
        xsh.run('domname', '1').stdout == 'web\n'
        xsh.run('domname', 'x').stderr == 'Invalid domain id.\n\n'
        vmList.stdoutLines[0] == 'UUID                                  ID    name'
        vmList.stdoutLines[2] ==~ /[0-9a-f-]{36}  1    web {27}/
    }

    def "console, piped, prints the guest's output so far and exits"() {
        when:
        def r = xsh.run('console', 'web')

        then:
        r.exitCode == 0
        r.stdoutLines[0].contains('Linux version')
        xsh.run('console', '-t', 'bogus', 'web').stderr == 'console type supported are: pv, serial, vuart\n'
    }

    def "dump-core writes an ELF core of the guest's memory and leaves it running"() {
        when:
        def r = xsh.run('dump-core', 'web', 'web.core')
        def core = xsh.workDir.toPath().resolve('web.core')

        then:
        r.exitCode == 0
        r.stderr == ''
        Files.readAllBytes(core)[0..3] == [0x7f, 0x45, 0x4c, 0x46] as byte[]
        Files.size(core) > 256L * 1024 * 1024
        !(xsh.run('list', 'web').stdoutLines[1] =~ /--p---/)
    }

    def "trigger: a PV guest has no ACPI power button (xsh fails; xl would say nothing of it); bad names are xl's message"() {
        when:
        def power = xsh.run('trigger', 'web', 'power')
        def bogus = xsh.run('trigger', 'web', 'bogus')

        then:
        power.exitCode == 1
        power.stderrLines == ["Domain 1:Send trigger 'power' failed: Invalid argument", 'trigger failed (rc=-3)']
        bogus.exitCode == 1
        bogus.stderr == 'Invalid trigger "bogus"\n'
    }

    def "sysrq c crashes the guest; without a monitor it stays crashed; dmesg tells it, -c empties the ring"() {
        when:
        def bad = xsh.run('sysrq', 'web', 'cc')
        def sysrq = xsh.run('sysrq', 'web', 'c')
        def list = xsh.run('list', 'web')
        def dmesg = xsh.run('dmesg', '-c')

        then:
        bad.exitCode == 1
        bad.stderrLines[0..1] == ['Invalid sysrq.', '']
        sysrq.exitCode == 0
        list.stdoutLines[1] ==~ /web +1 .* ---sc- .*/
        dmesg.stdoutLines[0].startsWith('(XEN) Xen version 4.17.7 ')
        dmesg.stdoutLines.contains('(XEN) d1: PV domain created, 2 vcpus, 262144 KiB')
        dmesg.stdoutLines.contains('(XEN) d1v0 guest crashed (SCHEDOP_shutdown, reason crash)')
        xsh.run('dmesg').stdout == ''
        xsh.run('console', 'web').stdout.contains('Kernel panic - not syncing: sysrq triggered crash')
    }
}
