package xsh.toolstack.preflight

import java.nio.file.Files
import java.nio.file.Path
import spock.lang.Specification
import spock.lang.TempDir
import xsh.error.XshException
import xsh.hv.dom0.Dom0Os

/**
 * host check against trees set up by the seeds' own commands: the FreeBSD Handbook's (000,
 * and 001 for Xen 4.7), the NetBSD Xen HowTo's (003), and a Debian Dom0's. All of them done,
 * every step is ok; one left out, that step alone fails, and its fix, applied, completes it.
 */
class Dom0PreflightSpec extends Specification {

    @TempDir
    Path root

    /** A FreeBSD install before any Xen step: login.conf as shipped, the NIC on DHCP. */
    static void freshFreeBsd(SetupCommands tree) {
        tree.write('/etc/login.conf', '''\
# login.conf
default:\\
\t:passwd_format=sha512:\\
\t:copyright=/etc/COPYRIGHT:\\
\t:memorylocked=64K:\\
\t:memoryuse=unlimited:\\
\t:umask=022:

root:\\
\t:ignorenologin:\\
\t:memorylocked=unlimited:\\
\t:tc=default:
''')
        tree.write('/etc/login.conf.db', 'db')
        tree.write('/etc/ttys', '''\
console none                            unknown off secure
ttyv0   "/usr/libexec/getty Pc"         xterm   onifconsole  secure
ttyu0   "/usr/libexec/getty 3wire"      vt100   onifconsole secure
''')
        tree.write('/etc/rc.conf', '''\
hostname="dom0"
ifconfig_em0="DHCP"
sshd_enable="YES"
zfs_enable="YES"
''')
        tree.write('/etc/sysctl.conf', '# $FreeBSD$\n')
        tree.write('/boot/loader.conf', 'zfs_load="YES"\n')
    }

    /** The Handbook's (000) steps for Xen 4.11 and later, in its order. */
    static final List<String> FREEBSD_STEPS = [
            'pkg install xen-kernel xen-tools',
            "echo 'vm.max_wired=-1' >> /etc/sysctl.conf",
            "sed -i '' -e 's/memorylocked=64K/memorylocked=unlimited/' /etc/login.conf",
            'cap_mkdb /etc/login.conf',
            '''echo 'xc0     "/usr/libexec/getty Pc"         xterm   onifconsole  secure' >> /etc/ttys''',
            'sysrc -f /boot/loader.conf if_tap_load="YES"',
            'sysrc -f /boot/loader.conf xen_kernel="/boot/xen"',
            'sysrc -f /boot/loader.conf xen_cmdline="dom0_mem=8192M dom0_max_vcpus=4 dom0=pvh console=com1,vga com1=115200,8n1 guest_loglvl=all loglvl=all"',
            'sysrc xencommons_enable=yes',
            'sysrc cloned_interfaces="bridge0"',
            'sysrc ifconfig_bridge0="addm em0 SYNCDHCP"',
            'sysrc ifconfig_em0="up"',
            'mkdir -p /var/log/xen',
            'reboot',
    ]

    /** The Handbook's Xen 4.7 commands where they differ: hw.pci.mcfg=0 and dom0pvh=1. */
    static final List<String> FREEBSD_47_STEPS = FREEBSD_STEPS.collect {
        it.replace('xen-kernel xen-tools', 'xen-kernel47 xen-tools47').replace('dom0=pvh', 'dom0pvh=1')
    } + ['sysrc -f /boot/loader.conf hw.pci.mcfg=0']

    static void freshNetBsd(SetupCommands tree) {
        tree.write('/boot.cfg', '''\
banner=Welcome to NetBSD
menu=Boot normally:rndseed /var/db/entropy-file;boot netbsd
menu=Boot single user:rndseed /var/db/entropy-file;boot netbsd -s
default=1
''')
        tree.write('/etc/rc.conf', 'rc_configured=YES\nhostname=dom0\ndhcpcd=YES\n')
        tree.write('/etc/ifconfig.wm0', 'up\n')
        tree.write('/netbsd', 'GENERIC')
    }

    /** The NetBSD Xen HowTo's (003) steps. */
    static final List<String> NETBSD_STEPS = [
            'pkg_add xenkernel48 xentools48',
            'cp /usr/pkg/xen48-kernel/xen.gz /',
            'ftp -o /netbsd-XEN3_DOM0.gz https://cdn.netbsd.org/pub/NetBSD/NetBSD-9.3/amd64/binary/kernel/netbsd-XEN3_DOM0.gz',
            "echo 'menu=Xen:load /netbsd-XEN3_DOM0.gz console=pc;multiboot /xen.gz dom0_mem=512M' >> /boot.cfg",
            'cp /usr/pkg/share/examples/rc.d/xen* /etc/rc.d/',
            'echo xencommons=YES >> /etc/rc.conf',
            "echo '!brconfig bridge0 add wm0' >> /etc/ifconfig.bridge0",
            'mkdir -p /var/log/xen',
            'reboot',
    ]

    static void freshDebian(SetupCommands tree) {
        tree.write('/etc/default/grub', '''\
GRUB_DEFAULT=0
GRUB_TIMEOUT=5
GRUB_DISTRIBUTOR=`lsb_release -i -s 2> /dev/null || echo Debian`
GRUB_CMDLINE_LINUX_DEFAULT="quiet"
GRUB_CMDLINE_LINUX=""
''')
        tree.write('/etc/network/interfaces', '''\
source /etc/network/interfaces.d/*

auto lo
iface lo inet loopback

allow-hotplug enp1s0
iface enp1s0 inet dhcp
''')
    }

    /** A Debian Dom0's steps: the packages, their services, dom0_mem for GRUB, a bridge. */
    static final List<String> DEBIAN_STEPS = [
            'apt install xen-system-amd64',
            'systemctl enable xenstored.service xenconsoled.service xen-init-dom0.service',
            '''echo 'GRUB_CMDLINE_XEN_DEFAULT="$GRUB_CMDLINE_XEN_DEFAULT dom0_mem=4096M,max:4096M"' >> /etc/default/grub && update-grub''',
            "printf 'auto xenbr0\\niface xenbr0 inet dhcp\\n\\tbridge_ports enp1s0\\n' >> /etc/network/interfaces",
            'mkdir -p /var/log/xen',
            'reboot',
    ]

    SetupCommands tree(String os) {
        def tree = new SetupCommands(root, os)
        switch (os) {
            case 'freebsd': freshFreeBsd(tree); break
            case 'netbsd': freshNetBsd(tree); break
            case 'linux': freshDebian(tree); break
        }
        tree
    }

    static List<String> stepsOf(String os, boolean xen47 = false) {
        os == 'freebsd' ? (xen47 ? FREEBSD_47_STEPS : FREEBSD_STEPS) : os == 'netbsd' ? NETBSD_STEPS : DEBIAN_STEPS
    }

    List<StepResult> check(String os, Optional<XenVersion> xen = Optional.empty()) {
        Dom0Preflight.check(root, Dom0Os.named(os), xen)
    }

    def "#os: every step of the guide done, every check is ok"() {
        given:
        tree(os).run(stepsOf(os) as String[])

        when:
        def steps = check(os)

        then:
        steps.findAll { !it.ok() } == []
        steps*.step() == names
        Dom0Preflight.allDone(steps)

        where:
        os        | names
        'freebsd' | ['Xen packages', 'sysctl.conf vm.max_wired', 'login.conf memorylocked', 'login.conf.db', 'ttys xc0',
                     'loader.conf xen_kernel', 'loader.conf xen_cmdline', 'loader.conf if_tap_load',
                     'rc.conf xencommons_enable', 'rc.conf bridge', '/var/log/xen', 'Dom0 running']
        'netbsd'  | ['Xen packages', 'Xen kernel', 'Dom0 kernel', 'boot.cfg Xen menu', 'rc.d xencommons', 'rc.conf xencommons',
                     'bridge', '/var/log/xen', 'Dom0 running']
        'linux'   | ['Xen packages', 'Xen services', 'grub dom0_mem', 'bridge', '/var/log/xen', 'Dom0 running']
    }

    def "#os without '#left': '#step' alone fails, says what it found, and its fix completes it"() {
        given:
        def t = tree(os)
        t.run((stepsOf(os) - left) as String[])

        when:
        def failed = check(os).findAll { !it.ok() }

        then:
        failed*.step() == [step]
        failed[0].found() == found
        failed[0].fix() == fix

        when:
        t.run(failed[0].fix())

        then:
        check(os).every { it.ok() }

        where:
        os        | left                                                 | step                        | found                                                            | fix
        'freebsd' | 'pkg install xen-kernel xen-tools'                   | 'Xen packages'              | 'no /boot/xen, no /usr/local/sbin/xl'                            | 'pkg install xen-kernel xen-tools'
        'freebsd' | FREEBSD_STEPS[1]                                     | 'sysctl.conf vm.max_wired'  | 'vm.max_wired is not set'                                        | "echo 'vm.max_wired=-1' >> /etc/sysctl.conf"
        'freebsd' | FREEBSD_STEPS[2]                                     | 'login.conf memorylocked'   | 'memorylocked=64K in the default class'                          | "sed -i '' -e 's/memorylocked=64K/memorylocked=unlimited/' /etc/login.conf && cap_mkdb /etc/login.conf"
        'freebsd' | 'cap_mkdb /etc/login.conf'                           | 'login.conf.db'             | '/etc/login.conf.db is older than /etc/login.conf'               | 'cap_mkdb /etc/login.conf'
        'freebsd' | FREEBSD_STEPS[4]                                     | 'ttys xc0'                  | '/etc/ttys has no xc0 line'                                      | FREEBSD_STEPS[4]
        'freebsd' | FREEBSD_STEPS[5]                                     | 'loader.conf if_tap_load'   | 'if_tap_load is not set'                                         | FREEBSD_STEPS[5]
        'freebsd' | FREEBSD_STEPS[6]                                     | 'loader.conf xen_kernel'    | 'xen_kernel is not set'                                          | FREEBSD_STEPS[6]
        'freebsd' | FREEBSD_STEPS[7]                                     | 'loader.conf xen_cmdline'   | 'xen_cmdline is not set'                                         | FREEBSD_STEPS[7]
        'freebsd' | 'sysrc xencommons_enable=yes'                        | 'rc.conf xencommons_enable' | 'xencommons_enable is not set'                                   | 'sysrc xencommons_enable=yes'
        'freebsd' | 'sysrc cloned_interfaces="bridge0"'                  | 'rc.conf bridge'            | 'cloned_interfaces makes no bridge'                              | 'sysrc cloned_interfaces="bridge0"'
        'freebsd' | 'sysrc ifconfig_bridge0="addm em0 SYNCDHCP"'         | 'rc.conf bridge'            | 'ifconfig_bridge0 adds no interface (addm)'                      | 'sysrc ifconfig_bridge0="addm em0 SYNCDHCP"'
        'freebsd' | 'sysrc ifconfig_em0="up"'                            | 'rc.conf bridge'            | 'ifconfig_em0=DHCP, not up'                                      | 'sysrc ifconfig_em0="up"'
        'freebsd' | 'mkdir -p /var/log/xen'                              | '/var/log/xen'              | 'no directory /var/log/xen'                                      | 'mkdir -p /var/log/xen'
        'freebsd' | 'reboot'                                             | 'Dom0 running'              | 'no /dev/xen/privcmd: not running as Xen\'s Dom0'                | 'reboot'
        'netbsd'  | NETBSD_STEPS[2]                                      | 'Dom0 kernel'               | 'no /netbsd-XEN3_DOM0.gz'                                        | 'ftp -o /netbsd-XEN3_DOM0.gz https://cdn.netbsd.org/pub/NetBSD/NetBSD-$(uname -r)/amd64/binary/kernel/netbsd-XEN3_DOM0.gz'
        'netbsd'  | NETBSD_STEPS[3]                                      | 'boot.cfg Xen menu'         | 'no menu line of /boot.cfg multiboots Xen'                       | NETBSD_STEPS[3]
        'netbsd'  | NETBSD_STEPS[4]                                      | 'rc.d xencommons'           | 'no /etc/rc.d/xencommons'                                        | NETBSD_STEPS[4]
        'netbsd'  | NETBSD_STEPS[5]                                      | 'rc.conf xencommons'        | 'xencommons is not set'                                          | NETBSD_STEPS[5]
        'netbsd'  | NETBSD_STEPS[6]                                      | 'bridge'                    | 'no /etc/ifconfig.bridgeN adds an interface'                     | NETBSD_STEPS[6]
        'netbsd'  | NETBSD_STEPS[7]                                      | '/var/log/xen'              | 'no directory /var/log/xen'                                      | NETBSD_STEPS[7]
        'netbsd'  | 'reboot'                                             | 'Dom0 running'              | 'no /kern/xen/privcmd: not running as Xen\'s Dom0'               | 'reboot'
        'linux'   | DEBIAN_STEPS[1]                                      | 'Xen services'              | 'no Xen service is enabled'                                      | DEBIAN_STEPS[1]
        'linux'   | DEBIAN_STEPS[2]                                      | 'grub dom0_mem'             | 'GRUB_CMDLINE_XEN_DEFAULT has no dom0_mem='                      | DEBIAN_STEPS[2]
        'linux'   | DEBIAN_STEPS[3]                                      | 'bridge'                    | 'no bridge with a port in /etc/network/interfaces or /etc/systemd/network' | DEBIAN_STEPS[3]
        'linux'   | DEBIAN_STEPS[4]                                      | '/var/log/xen'              | 'no directory /var/log/xen'                                      | DEBIAN_STEPS[4]
        'linux'   | 'reboot'                                             | 'Dom0 running'              | 'no /proc/xen/capabilities with control_d: not running as Xen\'s Dom0' | 'reboot'
    }

    def "NetBSD without Xen's kernel in /: the HowTo's cp puts it there"() {
        given:
        def t = tree('netbsd')
        t.run((NETBSD_STEPS - NETBSD_STEPS[1]) as String[])

        expect:
        check('netbsd').findAll { !it.ok() }.collect { [it.step(), it.found(), it.fix()] } ==
                [['Xen kernel', 'no /xen.gz', 'cp /usr/pkg/xen48-kernel/xen.gz /xen.gz']]
    }

    def "NetBSD whose xentools went away: only the packages fail, and pkg_add brings them back"() {
        given:
        def t = tree('netbsd')
        t.run(NETBSD_STEPS as String[])
        Files.delete(t.file('/usr/pkg/sbin/xl'))

        when:
        def failed = check('netbsd').findAll { !it.ok() }

        then:
        failed.collect { [it.step(), it.found(), it.fix()] } == [['Xen packages', 'no /usr/pkg/sbin/xl', NETBSD_STEPS[0]]]

        when:
        t.run(failed[0].fix())

        then:
        check('netbsd').every { it.ok() }
    }

    def "Debian without the packages: xl and the hypervisor are missing, apt installs both"() {
        given:
        tree('linux').run((DEBIAN_STEPS - DEBIAN_STEPS[0]) as String[])

        expect:
        check('linux').findAll { !it.ok() }.collect { [it.step(), it.found(), it.fix()] } ==
                [['Xen packages', 'no Xen hypervisor in /boot, no xl in /usr/sbin or /usr/bin', 'apt install xen-system-amd64']]
    }

    def "FreeBSD with Xen 4.7's commands: dom0pvh=1 says 4.7, which needs hw.pci.mcfg=0 too"() {
        given:
        def t = tree('freebsd')
        t.run((FREEBSD_47_STEPS - left) as String[])

        when:
        def steps = check('freebsd')

        then:
        steps.findAll { !it.ok() }*.step() == failed
        steps*.step().contains('loader.conf hw.pci.mcfg')

        where:
        left                                            | failed
        []                                              | []
        ['sysrc -f /boot/loader.conf hw.pci.mcfg=0']    | ['loader.conf hw.pci.mcfg']
    }

    def "FreeBSD: a 4.11 command line has no hw.pci.mcfg step; --xen-version decides the PVH spelling"() {
        given:
        tree('freebsd').run(FREEBSD_STEPS.collect { it.replace('dom0=pvh', cmdlinePvh) } as String[])

        when:
        def steps = check('freebsd', Optional.ofNullable(version).map(XenVersion::parse))
        def cmdline = steps.find { it.step() == 'loader.conf xen_cmdline' }

        then:
        cmdline.ok() == ok
        cmdline.fix() == fix
        steps*.step().contains('loader.conf hw.pci.mcfg') == mcfgStep

        where:
        cmdlinePvh       | version | ok    | mcfgStep | fix
        'dom0=pvh'       | null    | true  | false    | null
        'dom0=pvh'       | '4.19'  | true  | false    | null
        'dom0pvh=1'      | '4.11'  | false | false    | 'sysrc -f /boot/loader.conf xen_cmdline="dom0_mem=8192M dom0_max_vcpus=4 console=com1,vga com1=115200,8n1 guest_loglvl=all loglvl=all dom0=pvh"'
        'dom0=pvh'       | '4.7'   | false | true     | 'sysrc -f /boot/loader.conf xen_cmdline="dom0_mem=8192M dom0_max_vcpus=4 dom0=pvh console=com1,vga com1=115200,8n1 guest_loglvl=all loglvl=all dom0pvh=1"'
    }

    def "FreeBSD: the tutorial's (004) command line has no dom0_max_vcpus=; the fix keeps its words and adds it"() {
        given:
        tree('freebsd').run(FREEBSD_STEPS.collect {
            it.startsWith('sysrc -f /boot/loader.conf xen_cmdline')
                    ? 'sysrc -f /boot/loader.conf xen_cmdline="dom0_mem=4g dom0=pvh,verbose com1=115200,8n1 console=com1 iommu=debug guest_loglvl=all loglvl=all"'
                    : it
        } as String[])

        when:
        def failed = check('freebsd').findAll { !it.ok() }

        then:
        failed.collect { [it.step(), it.found(), it.fix()] } == [['loader.conf xen_cmdline',
                'xen_cmdline="dom0_mem=4g dom0=pvh,verbose com1=115200,8n1 console=com1 iommu=debug guest_loglvl=all loglvl=all" lacks dom0_max_vcpus=',
                'sysrc -f /boot/loader.conf xen_cmdline="dom0_mem=4g dom0=pvh,verbose com1=115200,8n1 console=com1 iommu=debug guest_loglvl=all loglvl=all dom0_max_vcpus=4"']]
    }

    def "FreeBSD: the older Handbook's (001) xc0 line with 'on' is as good; one that is off is put right"() {
        given:
        def t = tree('freebsd')
        t.run(FREEBSD_STEPS.collect { it.contains('xc0') ? "echo 'xc0 \"/usr/libexec/getty Pc\" xterm $status secure' >> /etc/ttys" : it } as String[])

        when:
        def ttys = check('freebsd').find { it.step() == 'ttys xc0' }

        then:
        ttys.ok() == ok
        ttys.found() == "xc0 \"/usr/libexec/getty Pc\" xterm $status secure"

        when:
        if (!ok) {
            t.run(ttys.fix())
        }

        then:
        check('freebsd').every { it.ok() }
        t.read('/etc/ttys').readLines().count { it.startsWith('xc0') } == 1

        where:
        status | ok
        'on'   | true
        'off'  | false
    }

    def "FreeBSD: settings are read as sysrc reads them: quotes or none, comments, the last assignment winning"() {
        given:
        def t = tree('freebsd')
        t.run(FREEBSD_STEPS as String[])
        t.write('/etc/rc.conf', t.read('/etc/rc.conf') + extra)

        expect:
        check('freebsd').find { it.step() == 'rc.conf xencommons_enable' }.ok() == ok

        where:
        extra                                          | ok
        'xencommons_enable=YES # comment\n'            | true
        "xencommons_enable='NO'\n"                     | false
        '#xencommons_enable="NO"\n'                    | true
        'xencommons_enable="NO"\nxencommons_enable="yes"\n' | true
    }

    def "a --root that is not a directory: one line, exit 1"() {
        when:
        Dom0Preflight.check(root.resolve('nowhere'), Dom0Os.FREEBSD, Optional.empty())

        then:
        def e = thrown(XshException)
        e.message == "host check: --root ${root.resolve('nowhere')}: No such file or directory".toString()
        e.exitCode() == 1
    }

    def "an empty tree: every step fails, each with its fix"() {
        expect:
        check(os).every { !it.ok() && it.fix() }

        where:
        os << ['freebsd', 'netbsd', 'linux']
    }
}
