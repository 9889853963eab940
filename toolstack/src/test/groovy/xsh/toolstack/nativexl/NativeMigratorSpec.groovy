package xsh.toolstack.nativexl

import spock.lang.Specification
import xsh.error.XshException
import xsh.hv.Hypervisor
import xsh.toolstack.migrate.MigrateRequest
import xsh.toolstack.migrate.MigrationProgress
import xsh.toolstack.migrate.MigrationReport
import xsh.toolstack.migrate.NativeMigrator
import xsh.toolstack.migrate.PrecopyPolicy
import xsh.toolstack.migrate.ReceiverFlags
import xsh.toolstack.vmcontrol.Notices

/** On a real Dom0 migrate is xl migrate: the flags xsh hands on, xl's lines, its progress, the report's unknowns. */
class NativeMigratorSpec extends Specification {

    def xl = new RecordingNativeToolstack()
    def web = RecordingNativeToolstack.domain(5, 'web')
    def hv = Mock(Hypervisor) {
        nativeToolstack() >> Optional.of(xl)
        domainNamed('web') >> Optional.of(web)
        domain(5) >> Optional.of(web)
    }
    List<String> told = []
    Notices notices = { String line -> told << line } as Notices
    List<MigrationProgress.Status> bar = []
    MigrationProgress progress = { bar << it } as MigrationProgress

    MigrateRequest request(Map flags = [:]) {
        new MigrateRequest('web', Optional.ofNullable(flags.config as String),
                new ReceiverFlags(flags.paused ?: false, !(flags.noMonitor ?: false), flags.debug ?: false),
                flags.storage ?: false, PrecopyPolicy.DEFAULT)
    }

    def "xl migrate with the flags given: #flags #ssh foreground=#foreground -> #expected"() {
        when:
        def report = new NativeMigrator(hv, xl).migrate(request(flags), 'host2', ssh, foreground, notices, progress)

        then:
        xl.calls == [expected]
        told == ['migration target: Ready to receive domain.', 'Migration successful.']
        report.domain() == 'web'
        report.target() == 'host2'
        report.sourceDomid() == 5

        where:
        flags                                          | ssh                      | foreground || expected
        [:]                                            | Optional.empty()         | false      || 'migrate 5 host2'
        [paused: true, debug: true]                    | Optional.of('ssh -p 22') | false      || 'migrate -s ssh -p 22 -p --debug 5 host2'
        [noMonitor: true, config: '/etc/xen/web.cfg']  | Optional.empty()         | false      || 'migrate -C /etc/xen/web.cfg -e 5 host2'
        [noMonitor: true]                              | Optional.of('')          | true       || 'migrate -s  -F 5 host2'
    }

    def "what xl does not tell is unknown in the report; its pages are the bar's bytes"() {
        when:
        def report = new NativeMigrator(hv, xl).migrate(request(), 'host2', Optional.empty(), false, notices, progress)

        then:
        report.rounds() == MigrationReport.UNKNOWN
        report.bytes() == MigrationReport.UNKNOWN
        report.downtimeMs() == MigrationReport.UNKNOWN
        report.targetDomid() == MigrationReport.UNKNOWN
        report.perRound().isEmpty()
        report.totalMs() >= 0
        bar*.roundDone() == [10 * 4096L]
        bar*.roundTotal() == [10 * 4096L]
        bar*.round() == [1]
    }

    def "--with-storage is the embedded host's: refused in one line before xl is asked"() {
        when:
        new NativeMigrator(hv, xl).migrate(request(storage: true), 'host2', Optional.empty(), false, notices, progress)

        then:
        XshException e = thrown()
        e.message.startsWith('migrate --with-storage: ')
        !e.message.contains('\n')
        xl.calls.isEmpty()
    }

    def "a failed xl migrate is xl's message and exit code"() {
        given:
        xl.failing.migrate = 'migration sender: Target reports startup failure'

        when:
        new NativeMigrator(hv, xl).migrate(request(), 'host2', Optional.empty(), false, notices, progress)

        then:
        XshException e = thrown()
        e.message == 'migration sender: Target reports startup failure'
        e.exitCode() == 1
    }
}
