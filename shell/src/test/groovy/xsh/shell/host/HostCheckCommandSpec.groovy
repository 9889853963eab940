package xsh.shell.host

import groovy.json.JsonSlurper
import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.attribute.FileTime
import spock.lang.Specification
import spock.lang.TempDir
import xsh.shell.ShellHarness

/** host check through the command table: the aligned lines, the exit code, --json, bad values. */
class HostCheckCommandSpec extends Specification {

    @TempDir
    Path root

    def shell = new ShellHarness()

    /** A FreeBSD Dom0 set up as the Handbook says. */
    void freebsdDom0() {
        [
                '/boot/xen'            : 'xen',
                '/usr/local/sbin/xl'   : 'xl',
                '/etc/sysctl.conf'     : 'vm.max_wired=-1\n',
                '/etc/login.conf'      : 'default:\\\n\t:memorylocked=unlimited:\\\n\t:umask=022:\n',
                '/etc/login.conf.db'   : 'db',
                '/etc/ttys'            : 'xc0     "/usr/libexec/getty Pc"         xterm   onifconsole  secure\n',
                '/boot/loader.conf'    : 'if_tap_load="YES"\nxen_kernel="/boot/xen"\n'
                        + 'xen_cmdline="dom0_mem=8192M dom0_max_vcpus=4 dom0=pvh console=com1,vga"\n',
                '/etc/rc.conf'         : 'xencommons_enable="yes"\ncloned_interfaces="bridge0"\n'
                        + 'ifconfig_bridge0="addm em0 SYNCDHCP"\nifconfig_em0="up"\n',
                '/dev/xen/privcmd'     : '',
        ].each { path, text -> write(path, text) }
        Files.createDirectories(root.resolve('var/log/xen'))
        Files.setLastModifiedTime(root.resolve('etc/login.conf.db'),
                FileTime.fromMillis(Files.getLastModifiedTime(root.resolve('etc/login.conf')).toMillis() + 1000))
    }

    void write(String path, String text) {
        def f = root.resolve(path.substring(1))
        Files.createDirectories(f.parent)
        Files.writeString(f, text)
    }

    def "a Dom0 set up as the Handbook says: a line per step, all ok, exit 0"() {
        given:
        freebsdDom0()

        when:
        def r = shell.run('host', 'check', '--os', 'freebsd', '--root', root.toString())

        then:
        r.code == 0
        r.err == ''
        r.out == '''\
Xen packages               ok
sysctl.conf vm.max_wired   ok
login.conf memorylocked    ok
login.conf.db              ok
ttys xc0                   ok
loader.conf xen_kernel     ok
loader.conf xen_cmdline    ok
loader.conf if_tap_load    ok
rc.conf xencommons_enable  ok
rc.conf bridge             ok
/var/log/xen               ok
Dom0 running               ok
'''
    }

    def "a step left out: its line says what was found and the fix; exit 1; --json says the same"() {
        given:
        freebsdDom0()
        write('/etc/rc.conf', 'cloned_interfaces="bridge0"\nifconfig_bridge0="addm em0 SYNCDHCP"\nifconfig_em0="up"\n')

        when:
        def r = shell.run('host', 'check', '--os=freebsd', '--root', root.toString())
        def json = shell.run('--json', 'host', 'check', '--os=FreeBSD', '--root', root.toString())

        then:
        r.code == 1
        r.err == ''
        r.outLines.findAll { !it.endsWith(' ok') } == ['rc.conf xencommons_enable  xencommons_enable is not set; fix: sysrc xencommons_enable=yes']
        json.code == 1
        def steps = new JsonSlurper().parseText(json.out)
        steps.size() == 12
        steps[0] == [step: 'Xen packages', ok: true, found: '/boot/xen and /usr/local/sbin/xl', fix: null]
        steps.find { !it.ok } == [step: 'rc.conf xencommons_enable', ok: false, found: 'xencommons_enable is not set',
                                  fix: 'sysrc xencommons_enable=yes']
    }

    def "bad values: #why"() {
        when:
        def r = shell.run(args as String[])

        then:
        r.code == code
        r.out == ''
        r.errLines == [message]

        where:
        why                 | args                                                                  | code | message
        'an unknown OS'     | ['host', 'check', '--os', 'plan9', '--root', '/']                     | 2    | "xsh: Invalid value for option '--os': unknown Dom0 OS 'plan9' (freebsd, netbsd or linux). Try 'xsh host check --help'."
        'a bad Xen version' | ['host', 'check', '--os', 'freebsd', '--xen-version', 'new']          | 2    | "xsh: Invalid value for option '--xen-version': invalid Xen version 'new' (e.g. 4.7 or 4.19). Try 'xsh host check --help'."
        'no such root'      | ['host', 'check', '--os', 'linux', '--root', '/nonexistent/dom0']     | 1    | 'host check: --root /nonexistent/dom0: No such file or directory'
    }

    def "host check opens no host: it reads files only"() {
        when:
        shell.run('host', 'check', '--os', 'linux', '--root', root.toString())

        then:
        shell.hosts.hosts.isEmpty()
    }
}
