package xsh.e2e

import groovy.json.JsonSlurper
import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.attribute.FileTime
import spock.lang.Specification
import spock.lang.TempDir
import xsh.e2e.support.GuestFiles
import xsh.e2e.support.XshProcess

/**
 * A Dom0 admin's checks through bin/xsh: host check over a FreeBSD tree set up as the
 * Handbook says (then one step short of it), and log DOMAIN after a guest powered off.
 */
class HostCheckLogSpec extends Specification {

    @TempDir
    Path tmp

    XshProcess xsh
    Path root

    def setup() {
        xsh = new XshProcess(tmp)
        root = tmp.resolve('dom0')
    }

    void write(String path, String text) {
        def f = root.resolve(path.substring(1))
        Files.createDirectories(f.parent)
        Files.writeString(f, text)
    }

    /** The files the Handbook's steps leave on a FreeBSD Dom0 (Xen 4.11 and later). */
    void freebsdDom0() {
        write('/boot/xen', 'xen')
        write('/usr/local/sbin/xl', 'xl')
        write('/etc/sysctl.conf', '# $FreeBSD$\nvm.max_wired=-1\n')
        write('/etc/login.conf', 'default:\\\n\t:passwd_format=sha512:\\\n\t:memorylocked=unlimited:\\\n\t:umask=022:\n')
        write('/etc/login.conf.db', 'db')
        Files.setLastModifiedTime(root.resolve('etc/login.conf.db'),
                FileTime.fromMillis(Files.getLastModifiedTime(root.resolve('etc/login.conf')).toMillis() + 1000))
        write('/etc/ttys', 'ttyv0   "/usr/libexec/getty Pc"         xterm   onifconsole  secure\n'
                + 'xc0     "/usr/libexec/getty Pc"         xterm   onifconsole  secure\n')
        write('/boot/loader.conf', 'zfs_load="YES"\nif_tap_load="YES"\nxen_kernel="/boot/xen"\n'
                + 'xen_cmdline="dom0_mem=8192M dom0_max_vcpus=4 dom0=pvh console=com1,vga com1=115200,8n1 guest_loglvl=all loglvl=all"\n')
        write('/etc/rc.conf', 'hostname="dom0"\nifconfig_em0="up"\nxencommons_enable="yes"\n'
                + 'cloned_interfaces="bridge0"\nifconfig_bridge0="addm em0 SYNCDHCP"\n')
        write('/dev/xen/privcmd', '')
        Files.createDirectories(root.resolve('var/log/xen'))
    }

    def "host check: the Handbook's Dom0 passes every step (exit 0); one short of it gets that step's fix (exit 1)"() {
        given:
        freebsdDom0()

        when:
        def done = xsh.run('host', 'check', '--os', 'freebsd', '--root', root.toString())

        then:
        done.exitCode == 0
        done.stderr == ''
        done.stdoutLines.size() == 12
        done.stdoutLines.every { it ==~ /\S.* {2,}ok/ }
        done.stdoutLines[0] == 'Xen packages               ok'

        when: 'the xc0 console line is not there'
        write('/etc/ttys', 'ttyv0   "/usr/libexec/getty Pc"         xterm   onifconsole  secure\n')
        def short1 = xsh.run('host', 'check', '--os', 'freebsd', '--root', root.toString())

        then:
        short1.exitCode == 1
        short1.stdoutLines.findAll { !it.endsWith(' ok') } ==
                ['''ttys xc0                   /etc/ttys has no xc0 line; fix: echo 'xc0     "/usr/libexec/getty Pc"         xterm   onifconsole  secure' >> /etc/ttys''']
    }

    def "host check --json: an array of {step, ok, found, fix}, the exit code as without it"() {
        given:
        freebsdDom0()
        write('/etc/sysctl.conf', '# $FreeBSD$\n')

        when:
        def r = xsh.run('--json', 'host', 'check', '--os', 'freebsd', '--root', root.toString())
        def steps = new JsonSlurper().parseText(r.stdout)

        then:
        r.exitCode == 1
        steps.size() == 12
        steps.every { it.keySet() == ['step', 'ok', 'found', 'fix'] as Set }
        steps.findAll { !it.ok } == [[step: 'sysctl.conf vm.max_wired', ok: false, found: 'vm.max_wired is not set',
                                      fix: "echo 'vm.max_wired=-1' >> /etc/sysctl.conf"]]
    }

    def "host check --root that does not exist: one line, exit 1"() {
        when:
        def r = xsh.run('host', 'check', '--os', 'netbsd', '--root', tmp.resolve('nowhere').toString())

        then:
        r.exitCode == 1
        r.stdout == ''
        r.stderrLines == ["host check: --root ${tmp.resolve('nowhere')}: No such file or directory".toString()]
    }

    def "log DOMAIN: after the guest powered off and was destroyed (on_poweroff=destroy), the monitor's lines"() {
        given:
        new GuestFiles(xsh.workDir).config('web', 256, 2, 'on_poweroff = "destroy"\n')
        assert xsh.run('create', '-q', 'web.cfg').exitCode == 0

        when:
        def down = xsh.run('shutdown', '-w', 'web')
        def log = xsh.run('log', 'web')
        def logDir = xsh.xshHome.toPath().resolve('hosts/default/log')

        then:
        down.exitCode == 0
        log.exitCode == 0
        log.stderr == ''
        def lines = log.stdoutLines
        lines[0] == "==> ${logDir}/xl-web.log <==".toString()
        lines[1] ==~ /Waiting for domain web \(domid (\d+)\) to die \[pid \d+\]/
        def domid = (lines[1] =~ /domid (\d+)/)[0][1]
        lines[2..5] == ["Domain $domid has shut down, reason code 0 0x0".toString(),
                        'Action for shutdown reason code 0 is destroy',
                        "Domain $domid needs to be cleaned up: destroying the domain".toString(),
                        'Done. Exiting now']
        lines[6..7] == ['', "${logDir}/qemu-dm-web.log: no such file".toString()]

        when:
        def none = xsh.run('log', 'db')

        then:
        none.exitCode == 1
        none.stdout == ''
        none.stderrLines.size() == 1
        none.stderrLines[0].startsWith("log: no logs of 'db': neither ")
    }
}
