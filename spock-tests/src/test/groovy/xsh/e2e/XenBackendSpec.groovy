package xsh.e2e

import groovy.json.JsonSlurper
import java.nio.file.Files
import java.nio.file.Path
import spock.lang.Shared
import spock.lang.Specification
import spock.lang.TempDir
import xsh.e2e.support.GuestFiles
import xsh.e2e.support.RunResult
import xsh.e2e.support.XshProcess

/**
 * {@code --backend xen}: xsh drives a Dom0 through the {@code xl} and {@code zfs} on its PATH.
 * Here those are the embedded host's own compatible front ends ({@code bin/xsh --backend sim
 * xl}, {@code ... zfs}) on the same XSH_HOME, so the xen backend's real parsing and error
 * mapping run against xl's exact output, and what it shows can be set beside what the
 * embedded host shows of the same state.
 */
class XenBackendSpec extends Specification {

    @TempDir
    Path tmp

    XshProcess xsh
    GuestFiles guests

    def setup() {
        xsh = new XshProcess(tmp)
        guests = new GuestFiles(xsh.workDir)
        Path bin = Files.createDirectories(tmp.resolve('dom0-bin'))
        String launcher = new File(XshProcess.projectRoot(), 'bin/xsh').path
        ['xl', 'zfs'].each { program ->
            Path script = bin.resolve(program)
            Files.writeString(script, "#!/bin/sh\nexec '$launcher' --backend sim $program \"\$@\"\n")
            script.toFile().setExecutable(true)
        }
        xsh.environment.PATH = bin.toString() + ':' + System.getenv('PATH')
    }

    RunResult xen(String... args) {
        xsh.run((['--backend', 'xen'] + args.toList()) as List<String>)
    }

    RunResult sim(String... args) {
        xsh.run((['--backend', 'sim'] + args.toList()) as List<String>)
    }

    static Map row(RunResult list, String name) {
        DomainLifecycleSpec.row(list, name)
    }

    def "list and --json list show the Dom0 xl reports: Domain-0, PV, with all its vcpus"() {
        when:
        def list = xen('list')
        def json = xen('--json', 'list')

        then:
        list.exitCode == 0
        list.stderr == ''
        list.stdoutLines[0] == DomainLifecycleSpec.HEADER
        row(list, 'Domain-0').domid == 0
        json.exitCode == 0
        with(new JsonSlurper().parseText(json.stdout)[0]) {
            domid == 0
            name == 'Domain-0'
            type == 'pv'
            vcpus.max == vcpus.online
            cpupool == 'Pool-0'
        }
    }

    def "a domain's life through xl: create, pause, memory, vcpus, scheduling, pools, info, uptime, storage, destroy"() {
        given:
        guests.config('web', 256, 2)

        when:
        def created = xen('create', 'web.cfg')

        then:
        created.exitCode == 0
        created.stderrLines == ['Parsing config from web.cfg']
        row(sim('list'), 'web').mem == 256

        when:
        def paused = xen('pause', 'web')
        def listPaused = xen('list')
        def unpaused = xen('unpause', 'web')

        then:
        paused.exitCode == 0
        row(listPaused, 'web').state == '--p---'
        unpaused.exitCode == 0
        row(sim('list'), 'web').state[2] == '-'

        when:
        def memSet = xen('mem-set', 'web', '128m')
        def vcpus = xen('vcpu-list', 'web')
        def weight = xen('sched-credit2', '-d', 'web', '-w', '512')
        def sched = xen('sched-credit2')
        def pools = xen('cpupool-list')
        def info = xen('info')
        def uptime = xen('uptime')
        def zfs = xen('zfs', 'list')

        then:
        memSet.exitCode == 0
        new JsonSlurper().parseText(sim('--json', 'list').stdout).find { it.name == 'web' }.memory.target_kib == 131072
        vcpus.exitCode == 0
        vcpus.stdoutLines.findAll { it.startsWith('web ') }.size() == 2
        weight.exitCode == 0
        sched.stdoutLines[0] == 'Cpupool Pool-0: ratelimit=1000us'
        sched.stdoutLines.find { it.startsWith('web ') } ==~ /web +\d+ +512 +0/
        pools.stdoutLines[1] ==~ /Pool-0 +\d+ +credit2 +y +2/
        info.stdoutLines.find { it.startsWith('host ') } == 'host                   : default'
        uptime.stdoutLines.any { it.startsWith('web ') }
        zfs.exitCode == 0
        zfs.stdoutLines.any { it.startsWith('tank ') }

        when:
        def destroyed = xen('destroy', 'web')

        then:
        destroyed.exitCode == 0
        !sim('list').stdout.contains('web ')
    }

    def "xsh's xl front end on the xen backend prints what it prints on the embedded host"() {
        given:
        guests.config('web', 256, 2)
        sim('create', '-p', 'web.cfg')

        expect: 'the same bytes, but for what moves between two reads: cpu time, and the pCPU a vcpu ran on'
        xen('xl', 'info').stdout == sim('xl', 'info').stdout
        still(xen('xl', 'list', '-v')) == still(sim('xl', 'list', '-v'))
        stillVcpus(xen('xl', 'vcpu-list')) == stillVcpus(sim('xl', 'vcpu-list'))
        xen('xl', 'list', '-l', 'web').stdout == sim('xl', 'list', '-l', 'web').stdout
    }

    def "xl's refusals are told as on the embedded host, with xl's exit code: #args"() {
        given:
        guests.config('web')
        sim('create', 'web.cfg')

        when:
        def onXen = xen(*args)
        def onSim = sim(*args)

        then:
        onXen.exitCode == exitCode
        onXen.exitCode == onSim.exitCode
        onXen.stderr == onSim.stderr
        onXen.stdout == onSim.stdout

        where:
        args                            | exitCode
        ['pause', '99']                 | 1
        ['create', 'web.cfg']           | 6
        ['xl', 'create', 'web.cfg']     | 6
        ['xl', 'destroy', '99']         | 1
        ['mem-set', 'web', '100000m']   | 1
    }

    def "with --host ssh://..., the remote Dom0's xl runs over ssh, its words quoted for the remote shell"() {
        given: 'an ssh that logs its arguments and runs the command line as the remote login shell would'
        Path log = tmp.resolve('ssh.log')
        Path ssh = tmp.resolve('fake-ssh')
        Files.writeString(ssh, """#!/bin/sh
            call=; for arg in "\$@"; do call="\$call[\$arg]"; done
            printf '%s\n' "\$call" >> '$log'
            for last in "\$@"; do :; done
            exec sh -c "\$last"
            """.stripIndent())
        ssh.toFile().setExecutable(true)
        xsh.environment.XSH_SSH = ssh.toString()
        xsh.environment.XSH_SSH_OPTS = '-o BatchMode=yes'
        guests.config("it's")

        when:
        def created = xen('--host', 'ssh://admin@dom0:2222', 'create', "it's.cfg")
        def list = xen('--host', 'ssh://admin@dom0:2222', 'list')

        then:
        created.exitCode == 0
        row(list, "it's").mem == 256
        row(sim('list'), "it's").mem == 256
        List<String> calls = Files.readAllLines(log)
        calls.contains("[-o][BatchMode=yes][-T][-p][2222][admin@dom0]['xl' 'list' '-v' '-c']".toString())
        // (a line of create's config, which is one argument, is no command of its own)
        calls.findAll { it.startsWith('[') }.every { it.startsWith('[-o][BatchMode=yes][-T][-p][2222][admin@dom0][') }
        calls.any { it.startsWith("[-o][BatchMode=yes][-T][-p][2222][admin@dom0]['xl' 'create' '-q' '/dev/null' 'name = \"it'\\''s\"") }
    }

    /** {@code xl list}'s rows with the Time(s) column blanked: cpu time flows between two reads. */
    static List<String> still(RunResult list) {
        assert list.exitCode == 0: list
        list.stdoutLines.collect { it.replaceFirst(/^(.{40} +\d+ +\d+ +\d+ +\S{6}) +\d+\.\d/, '$1 TIME') }
    }

    /** {@code xl vcpu-list}'s rows without CPU, State and Time(s), which change as the vcpus run. */
    static List<String> stillVcpus(RunResult list) {
        assert list.exitCode == 0: list
        list.stdoutLines.collect { it.replaceFirst(/^(.{32} +\d+ +\d+) +(?:\d+|-) +[-rbp]{3} +\d+\.\d/, '$1 MOVING') }
    }
}
