package xsh.toolstack.nativexl

import java.nio.file.Files
import java.nio.file.Path
import spock.lang.Specification
import spock.lang.TempDir
import xsh.error.MultiLineException
import xsh.error.XshException
import xsh.hv.DomainInfo
import xsh.hv.DomainState
import xsh.hv.Hypervisor
import xsh.hv.ShutdownReason
import xsh.toolstack.saverestore.ImageProgress
import xsh.toolstack.saverestore.RestoreOptions
import xsh.toolstack.saverestore.Restorer
import xsh.toolstack.saverestore.SaveMode
import xsh.toolstack.saverestore.SaveRequest
import xsh.toolstack.saverestore.Saver
import xsh.toolstack.vmcontrol.Notices

/** On a real Dom0 save and restore are xl's own: what xsh asks of xl, and what it does around it. */
class NativeSaveRestoreSpec extends Specification {

    @TempDir
    Path dir

    def xl = new RecordingNativeToolstack()
    def web = RecordingNativeToolstack.domain(5, 'web')
    def hv = Mock(Hypervisor) {
        nativeToolstack() >> Optional.of(xl)
        domainNamed('web') >> Optional.of(web)
        domain(5) >> Optional.of(web)
    }
    List<String> told = []
    Notices notices = { String line -> told << line } as Notices
    List<List<Object>> progress = []
    ImageProgress images = { step, done, total -> progress << [step, done, total] } as ImageProgress

    String file() {
        dir.resolve('web.save').toString()
    }

    /** The temporary name xl was asked to write, from its save call. */
    String temp() {
        xl.calls.find { it.startsWith('save') }.split(' ').find { it.endsWith('.part') }
    }

    def "save is xl save to a name beside FILE, then renamed over it: #mode #preserve -> #options"() {
        when:
        def result = new Saver(hv).save(new SaveRequest('web', file(), config, mode, preserve), notices, images)

        then:
        xl.calls == ["save ${options}5 ${temp()}${config.map { ' ' + it }.orElse('')}".toString(),
                     "rename ${temp()} ${file()}".toString()]
        Path.of(temp()).parent == dir
        Path.of(temp()).fileName.toString() ==~ /\.web\.save\.[0-9a-f]+\.part/
        Files.readAllBytes(Path.of(file())) == xl.image
        !Files.exists(Path.of(temp()))
        told == ["Saving to ${file()} new xl format (info 0x3/0x0/1234)".toString()]
        progress == [[ImageProgress.Step.SAVING, 3 * 4096L, 4 * 4096L]]
        result.domain() == web
        result.mode() == mode
        result.imageBytes() == xl.image.length
        0 * hv.unpause(_)

        where:
        mode                  | preserve | config             | options
        SaveMode.DESTROY      | false    | Optional.empty()   | ''
        SaveMode.CHECKPOINT   | false    | Optional.empty()   | '-c '
        SaveMode.LEAVE_PAUSED | true     | Optional.of('a.cfg') | '-p -D '
    }

    def "a failed xl save removes its partial file, leaves FILE as it was and the guest to xl, which resumed it"() {
        given:
        Files.writeString(Path.of(file()), 'the old image')
        xl.failing.save = 'Failed to save domain, resuming domain'

        when:
        new Saver(hv).save(new SaveRequest('web', file(), Optional.empty(), SaveMode.LEAVE_PAUSED, false), notices, images)

        then:
        XshException e = thrown()
        e.message == 'Failed to save domain, resuming domain'
        e.exitCode() == 1
        xl.calls == ["save -p 5 ${temp()}".toString(), "remove ${temp()}".toString()]
        !Files.exists(Path.of(temp()))
        Files.readString(Path.of(file())) == 'the old image'
        0 * hv.unpause(_)
    }

    def "what xl printed is told once: its failure keeps only the lines not told yet, its message the whole"() {
        given:
        xl.failing.save = 'Saving to TEMP new xl format (info 0x3/0x0/1234)\nFailed to save domain, resuming domain'

        when:
        new Saver(hv).save(new SaveRequest('web', file(), Optional.empty(), SaveMode.DESTROY, false), notices, images)

        then:
        MultiLineException e = thrown()
        told == ["Saving to ${file()} new xl format (info 0x3/0x0/1234)".toString()]
        e.lines() == ['Failed to save domain, resuming domain']
        e.message == "Saving to ${file()} new xl format (info 0x3/0x0/1234)\nFailed to save domain, resuming domain".toString()
        e.exitCode() == 1
    }

    def "an xl save stopped midway that left its guest #left: the partial file goes, the guest runs again, the interrupt is kept"() {
        given:
        xl.failing.save = 'xl -t save -p 5 TEMP: interrupted'
        xl.interrupting << 'save'
        boolean interruptedMeanwhile = true

        when:
        new Saver(hv).save(new SaveRequest('web', file(), Optional.empty(), SaveMode.DESTROY, false), notices, images)

        then:
        hv.domain(5) >>> [Optional.of(web), Optional.of(withState(web, state))]
        resumes * hv.resume(5) >> { interruptedMeanwhile = Thread.currentThread().isInterrupted() }
        unpauses * hv.unpause(5) >> { interruptedMeanwhile = Thread.currentThread().isInterrupted() }
        XshException e = thrown()
        e.exitCode() == 1
        xl.calls.last() == "remove ${temp()}".toString()
        !Files.exists(Path.of(temp()))
        !Files.exists(Path.of(file()))
        !interruptedMeanwhile
        Thread.interrupted()

        where:
        left        | state                                                                        || resumes | unpauses
        'suspended' | new DomainState(false, false, 0, Optional.of(ShutdownReason.SUSPEND), false) || 1       | 0
        'paused'    | new DomainState(false, true, 1, Optional.empty(), false)                     || 0       | 1
    }

    def "a guest paused before a failed xl save stays paused; one xl destroyed is not looked for"() {
        given:
        def paused = withState(web, new DomainState(false, true, 1, Optional.empty(), false))
        xl.failing.save = 'Failed to save domain, resuming domain'

        when:
        new Saver(hv).save(new SaveRequest('web', file(), Optional.empty(), SaveMode.DESTROY, false), notices, images)

        then:
        hv.domain(5) >>> [Optional.of(paused), Optional.ofNullable(after).map { withState(web, it) }]
        thrown(XshException)
        0 * hv.unpause(_)
        0 * hv.resume(_)

        where:
        after << [new DomainState(false, true, 1, Optional.empty(), false), null]
    }

    static DomainInfo withState(DomainInfo d, DomainState state) {
        new DomainInfo(d.domid(), d.name(), d.uuid(), d.type(), state, d.currentKib(), d.targetKib(), d.maxKib(),
                d.onlineVcpus(), d.maxVcpus(), d.cpuTimeNanos(), d.started(), d.pool())
    }

    def "xl's failure names FILE, not the temporary name xl was given"() {
        given:
        xl.failing.save = 'TEMP'

        when:
        new Saver(hv).save(new SaveRequest('web', file(), Optional.empty(), SaveMode.DESTROY, false), notices, images)

        then:
        XshException e = thrown()
        e.message == file()
    }

    def "a rename that fails after save -p removes the image and lets the guest run on"() {
        given:
        xl.failing.rename = 'mv: cannot move: Permission denied'

        when:
        new Saver(hv).save(new SaveRequest('web', file(), Optional.empty(), SaveMode.LEAVE_PAUSED, false), notices, images)

        then:
        XshException e = thrown()
        e.message == "${file()}: cannot rename the image into place: mv: cannot move: Permission denied"
        xl.calls.last() == "remove ${temp()}".toString()
        !Files.exists(Path.of(temp()))
        1 * hv.unpause(5)
    }

    def "a rename that fails after xl destroyed the domain keeps the image it wrote, and says where it is"() {
        given:
        xl.failing.rename = 'Permission denied'

        when:
        new Saver(hv).save(new SaveRequest('web', file(), Optional.empty(), SaveMode.DESTROY, false), notices, images)

        then:
        XshException e = thrown()
        e.message == "${file()}: cannot rename the image into place: Permission denied; the domain is saved in ${temp()}"
        Files.exists(Path.of(temp()))
        !xl.calls.any { it.startsWith('remove') }
    }

    def "a checkpoint's capture: xl save -p now, the rename when sealed; closed unsealed, the partial file goes"() {
        given:
        def request = new SaveRequest('5', file(), Optional.empty(), SaveMode.LEAVE_PAUSED, false)

        when:
        def sealed = new Saver(hv).capturePaused(request, notices, images).withCloseable { it.seal() }

        then:
        xl.calls == ["save -p 5 ${temp()}".toString(), "rename ${temp()} ${file()}".toString()]
        sealed.imageBytes() == xl.image.length
        Files.exists(Path.of(file()))

        when:
        xl.calls.clear()
        Files.delete(Path.of(file()))
        new Saver(hv).capturePaused(request, notices, images).close()

        then:
        xl.calls == ["save -p 5 ${temp()}".toString(), "remove ${temp()}".toString()]
        !Files.exists(Path.of(file()))
        !Files.exists(Path.of(temp()))
    }

    def "restore is xl restore with the config and flags given; xl reads the image itself: #config #paused #monitored #debug"() {
        when:
        def result = new Restorer(hv, false).restore(new RestoreOptions(config, '/dom0/web.save', paused, debug, monitored),
                notices, images)

        then:
        xl.calls == [expected]
        result.domain() == xl.restored
        !result.image().isPresent()
        told == ['Loading new save file /dom0/web.save (new xl fmt info 0x3/0x0/1234)']

        where:
        config                       | paused | monitored | debug || expected
        Optional.empty()             | false  | true      | false || 'restore /dom0/web.save'
        Optional.of('/etc/xen/w.cfg')| true   | false     | true  || 'restore -p -e -d /etc/xen/w.cfg /dom0/web.save'
    }

    def "a failed xl restore tells libxl's lines once, by their words, or under the xl front end as xl printed them"() {
        given:
        xl.restoreLines = ['Parsing config from <saved>',
                           'libxl: error: libxl_create.c:1310:libxl__domain_config_setdefault: Domain 1:domain id recently used',
                           'libxl: error: libxl_create.c:1638:domcreate_rebuild_done: Domain 1:cannot (re-)build domain: -3']
        // xl's failure as the backend tells it: libxl's words, of its first error line
        xl.failing.restore = 'domain id recently used'

        when:
        new Restorer(hv, xlCompatible).restore(new RestoreOptions(Optional.empty(), '/dom0/web.save', false, false),
                notices, images)

        then:
        MultiLineException e = thrown()
        e.lines() == []
        e.exitCode() == 1
        told.drop(1) == shown

        where:
        xlCompatible || shown
        false        || ['Parsing config from <saved>', 'domain id recently used', 'cannot (re-)build domain: -3']
        true         || ['Parsing config from <saved>',
                         'libxl: error: libxl_create.c:1310:libxl__domain_config_setdefault: Domain 1:domain id recently used',
                         'libxl: error: libxl_create.c:1638:domcreate_rebuild_done: Domain 1:cannot (re-)build domain: -3']
    }

    def "a failed xl restore is xl's message and exit code"() {
        given:
        xl.failing.restore = 'cannot open /dom0/web.save: No such file or directory'

        when:
        new Restorer(hv, false).restore(new RestoreOptions(Optional.empty(), '/dom0/web.save', false, false), notices, images)

        then:
        XshException e = thrown()
        e.message == 'cannot open /dom0/web.save: No such file or directory'
        e.exitCode() == 1
    }
}
