package xsh.hv.xen

import java.nio.file.Files
import java.nio.file.Path
import spock.lang.Specification
import spock.lang.TempDir
import xsh.cfg.cpupool.Scheduler
import xsh.cfg.domain.DomainType
import xsh.cfg.parse.ConfigParser
import xsh.cfg.domain.DomainConfigReader
import xsh.cfg.source.ConfigSource
import xsh.hv.DomainDefinition
import xsh.hv.DomainSchedParams
import xsh.hv.HvError
import xsh.hv.HvException
import xsh.hv.PoolSchedParams
import xsh.hv.ShutdownRequest
import xsh.hv.Trigger
import xsh.hv.command.ProgramRunner

/**
 * Which xl command each SPI call runs, and how xl's answers and refusals come back, with a
 * stand-in xl on a stand-in ssh's PATH: the xl logs every argument vector and answers reads
 * with recorded outputs of the embedded host's xl (the parsers' own test resources), or with
 * the stderr and exit code a spec gives it. What a real xl then does is XenBackendSpec's part.
 */
class XenHypervisorSpec extends Specification {

    @TempDir
    Path dir

    XenHypervisor hv

    def setup() {
        Path bin = Files.createDirectories(dir.resolve('bin'))
        Path outputs = Path.of(getClass().getResource('/xl-output/info-n.txt').toURI()).parent
        script(bin.resolve('xl'), """\
            call=; for arg in "\$@"; do call="\$call[\$arg]"; done
            printf '%s\n' "\$call" >> '$dir/log'
            if [ -f '$dir/stderr' ]; then cat '$dir/stderr' >&2; exit \$(cat '$dir/exit'); fi
            case "\$*" in
            'info -n') cat '$outputs/info-n.txt' ;;
            'list -v -c') cat '$outputs/list-v-c.txt' ;;
            'list -l') cat '$outputs/list-l.txt' ;;
            'uptime') cat '$outputs/uptime.txt' ;;
            'vcpu-list') cat '$outputs/vcpu-list.txt' ;;
            'cpupool-list') cat '$outputs/cpupool-list.txt' ;;
            'cpupool-list -c') cat '$outputs/cpupool-list-c.txt' ;;
            'sched-credit2 -d 1') cat '$outputs/sched-credit2-d-web.txt' ;;
            esac
            """)
        Path ssh = script(dir.resolve('ssh'), """\
            for last in "\$@"; do :; done
            PATH='$bin':\$PATH exec sh -c "\$last"
            """)
        hv = new XenHypervisor(ProgramRunner.overSsh([ssh.toString(), 'root@dom0']), 0)
    }

    List<String> calls() {
        Files.exists(dir.resolve('log')) ? Files.readAllLines(dir.resolve('log')) : []
    }

    void xlFails(int exit, String stderr) {
        Files.writeString(dir.resolve('stderr'), stderr)
        Files.writeString(dir.resolve('exit'), exit as String)
    }

    def "each change is one xl command, its options before its operands"() {
        when:
        change(hv)

        then:
        calls() == [command]

        where:
        command                                              | change
        '[pause][3]'                                         | { it.pause(3) }
        '[unpause][3]'                                       | { it.unpause(3) }
        '[destroy][3]'                                       | { it.destroy(3, false) }
        '[destroy][-f][0]'                                   | { it.destroy(0, true) }
        '[rename][3][new name]'                              | { it.rename(3, 'new name') }
        '[shutdown][3]'                                      | { it.shutdown(3, ShutdownRequest.POWEROFF, false) }
        '[reboot][-F][3]'                                    | { it.shutdown(3, ShutdownRequest.REBOOT, true) }
        '[trigger][3][s3resume][0]'                          | { it.trigger(3, Trigger.S3RESUME, 0) }
        '[sysrq][3][b]'                                      | { it.sysrq(3, 'b' as char) }
        '[mem-set][3][131072k]'                              | { it.setMemoryTarget(3, 131072) }
        '[mem-max][3][262144k]'                              | { it.setMaxMemory(3, 262144) }
        '[vcpu-set][-i][3][2]'                               | { it.setOnlineVcpus(3, 2) }
        '[vcpu-pin][3][all][0-3,5]'                          | { it.setAffinity(3, -1, bits(0, 1, 2, 3, 5), null) }
        '[vcpu-pin][3][1][-][2]'                             | { it.setAffinity(3, 1, null, bits(2)) }
        '[vcpu-pin][3][0][0-1][6-7]'                         | { it.setAffinity(3, 0, bits(0, 1), bits(6, 7)) }
        '[cpupool-destroy][batch]'                           | { it.destroyCpupool('batch') }
        '[cpupool-rename][batch][night]'                     | { it.renameCpupool('batch', 'night') }
        '[cpupool-cpu-add][batch][4,6]'                      | { it.addCpusToPool('batch', bits(4, 6)) }
        '[cpupool-cpu-remove][batch][4-5]'                   | { it.removeCpusFromPool('batch', bits(4, 5)) }
        '[cpupool-migrate][3][batch]'                        | { it.moveDomainToPool(3, 'batch') }
        '[dmesg][-c]'                                        | { it.dmesg(true) }
    }

    def "a config goes to xl create as one setting after /dev/null: no file, locally or remotely"() {
        given:
        String text = 'name = "it\'s web"\ntype = "pv"\nkernel = "/boot/k"\nmemory = 128\n'

        when:
        hv.create(definition(text), true, false)

        then: 'xl made it, but the stand-in lists none of that name'
        HvException e = thrown()
        e.message == "xl created domain 'it's web', but it is gone"
        Files.readString(dir.resolve('log')).startsWith("[create][-q][-p][-e][/dev/null][$text]\n")

        when:
        hv.updateDefinition(3, definition(text))

        then:
        Files.readString(dir.resolve('log')).endsWith("[config-update][3][/dev/null][$text]\n")
    }

    def "scheduler parameters go to the command of the domain's pool's scheduler"() {
        when:
        hv.setSchedParams(1, DomainSchedParams.of(512, 50))
        hv.setPoolSchedParams('batch', new PoolSchedParams(OptionalInt.of(10), OptionalInt.of(500), OptionalInt.of(100)))
        hv.setPoolSchedParams('Pool-0', new PoolSchedParams(OptionalInt.of(10), OptionalInt.of(500), OptionalInt.empty()))

        then:
        calls().findAll { it.startsWith('[sched') } == [
                '[sched-credit2][-d][1][-w][512][-c][50]',
                '[sched-credit][-s][-p][batch][-t][10][-r][500][-m][100]',
                '[sched-credit2][-s][-p][Pool-0][-r][500]']
        hv.schedParams(1) == DomainSchedParams.of(512, 0)
    }

    def "a cpupool is made from settings without a file"() {
        when:
        hv.createCpupool('night "x"', Scheduler.CREDIT, bits(2, 3))

        then:
        thrown(HvException)
        calls()[0] == '[cpupool-create][name="night \\"x\\""][sched="credit"][cpus="2-3"]'
    }

    def "the domains are xl list's rows with list -l's types and maxima and uptime's start, read side by side"() {
        when:
        def domains = hv.domains()

        then:
        calls().toSorted() == ['[info][-n]', '[list][-l]', '[list][-v][-c]', '[uptime]', '[vcpu-list]']
        domains*.name() == ['Domain-0', 'web', 'db', 'idle', 'batch']
        with(domains[0]) {
            type() == DomainType.PV
            maxVcpus() == 2
            pool() == 'Pool-0'
        }
        with(domains[1]) {
            currentKib() == 512 * 1024
            onlineVcpus() == 3
            maxVcpus() == 4
        }
        domains[2].state().flags() == '--psc-'
        domains[4].pool() == 'batch'
    }

    def "what xl read is read again only after a moment, or after a change"() {
        when:
        hv.hostInfo()
        hv.hostInfo()

        then:
        calls() == ['[info][-n]']

        when:
        hv.pause(3)
        hv.hostInfo()

        then:
        calls() == ['[info][-n]', '[pause][3]', '[info][-n]']
    }

    def "xl's failure is libxl's line, where libxl logged it, with its code"() {
        given:
        xlFails(1, 'libxl: error: libxl_domain.c:1133:destroy_domid_pci_done: Domain 9:Non-existant domain\n'
                + 'destroy failed (rc=-21)\n')

        when:
        hv.destroy(9, false)

        then:
        HvException e = thrown()
        e.message == 'Non-existant domain'
        e.error() == HvError.DOMAIN_NOTFOUND
        e.site().get().prefix(OptionalInt.of(9)) == 'libxl: error: libxl_domain.c:1133:destroy_domid_pci_done: Domain 9:'
    }

    def "a pause that failed though xl exited 0 is a failure"() {
        given:
        xlFails(0, stderr)

        when:
        hv.pause(9)

        then:
        HvException e = thrown()
        e.message == message

        where:
        stderr                                                                                  | message
        'libxl: error: libxl_domain.c:688:domain_pause_done: Domain 9:Pausing domain: Invalid argument\n' | 'Pausing domain: Invalid argument'
        'Domain 9:Non-existant domain\n'                                                        | 'Non-existant domain'
    }

    def "xl's own words, which name no libxl site, are kept whole"() {
        given:
        xlFails(1, 'Not destroying domain 0; use -f to force.\n'
                + 'This can only be done when using a disaggregated hardware domain and toolstack.\n\n')

        when:
        hv.destroy(0, false)

        then:
        HvException e = thrown()
        e.message == 'Not destroying domain 0; use -f to force.\n' +
                'This can only be done when using a disaggregated hardware domain and toolstack.'
        !e.site().present
    }

    def "suspend on an xl that has no such command says so"() {
        given:
        xlFails(1, 'command not implemented\n')

        when:
        hv.suspend(3)

        then:
        HvException e = thrown()
        e.message == "the xl of root@dom0 has no 'suspend' command (a newer Xen's xl has it)"
    }

    def "Domain-0 is PVH when Xen was booted so: #commandline"() {
        expect:
        LiveDomains.dom0Type(commandline) == type

        where:
        commandline                              | type
        'dom0_mem=2048M dom0=pvh'                | DomainType.PVH
        'dom0=pvh,shadow console=vga'            | DomainType.PVH
        'dom0=shadow,pvh'                        | DomainType.PVH
        'dom0pvh=1 dom0_mem=1G'                  | DomainType.PVH
        'dom0pvh'                                | DomainType.PVH
        'dom0_mem=2048M,max:2048M'               | DomainType.PV
        'dom0=pv'                                | DomainType.PV
        'dom0pvh=0'                              | DomainType.PV
        'xdom0=pvh'                              | DomainType.PV
    }

    def "memory and incoming migrations are xl's own: refused, saying so"() {
        when:
        hv.memory(3)

        then:
        HvException e = thrown()
        e.message.contains('moved by xl itself')
        hv.nativeToolstack().present
    }

    static BitSet bits(int... cpus) {
        BitSet set = new BitSet()
        cpus.each { set.set(it) }
        set
    }

    static DomainDefinition definition(String text) {
        ConfigSource source = ConfigSource.of('web.cfg', text)
        new DomainDefinition(source, DomainConfigReader.read(ConfigParser.parse(source)).orElseThrow())
    }

    private static Path script(Path file, String body) {
        Files.writeString(file, '#!/bin/sh\n' + body.stripIndent())
        file.toFile().setExecutable(true)
        file
    }
}
