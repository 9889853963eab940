package xsh.shell.completion

import java.nio.file.Files
import java.nio.file.Path
import java.time.Duration
import org.jline.reader.Candidate
import org.jline.reader.LineReader
import org.jline.reader.LineReaderBuilder
import org.jline.reader.Parser
import org.jline.terminal.impl.DumbTerminal
import picocli.CommandLine
import spock.lang.Specification
import spock.lang.TempDir
import xsh.cfg.cpupool.Scheduler
import xsh.shell.ErrorReporter
import xsh.shell.GlobalOptions
import xsh.shell.SimShellHarness
import xsh.shell.XshCommand
import xsh.shell.backend.HostConnector

/** Tab at the prompt, against an embedded host: the line before the cursor, and what Tab offers. */
class LiveCompleterSpec extends Specification {

    /** Every wait long enough that a spec never sees a read unfinished; nothing gets old on its own. */
    static final CompletionTiming PATIENT = new CompletionTiming(Duration.ofHours(1), Duration.ofSeconds(30),
            Duration.ofSeconds(30), Duration.ZERO)

    @TempDir
    Path home

    @TempDir
    Path work

    SimShellHarness sim
    GlobalOptions globals = new GlobalOptions()
    CommandLine table
    LiveCompleter completer
    LiveState state
    LineReader reader
    long now = 0

    def setup() {
        sim = new SimShellHarness(home)
        def pool = new BitSet()
        pool.set(6, 8)
        sim.host.removeCpusFromPool('Pool-0', pool)
        sim.host.createCpupool('fast', Scheduler.CREDIT2, pool)
        sim.guest('web')
        sim.guest('db')
        sim.host.pause(sim.guest('old').domid())
        sim.hosts.open('lab').close()
        def zfs = sim.host.storage()
        zfs.createVolume('zroot/debian', 8 * 1024 * 1024, [:], false, true)
        zfs.createVolume('zroot/devuan', 8 * 1024 * 1024, [:], false, true)
        zfs.snapshot(['zroot/debian@1700000000'], false)
        zfs.snapshot(['zroot/debian@1700000060'], false)
        zfs.snapshot(['zroot/debian@1700000120', 'tank@t1'], false)

        Files.writeString(work.resolve('debian.cfg'), 'name = "debian"\n')
        Files.writeString(work.resolve('web.save'), 'image')
        Files.writeString(work.resolve('notes.txt'), 'notes')
        Files.writeString(work.resolve('.hidden.cfg'), '')
        Files.createDirectories(work.resolve('sub'))
        Files.writeString(work.resolve('sub/inner.cfg'), '')

        def errors = new ErrorReporter(System.err, { false }, ErrorReporter.Audience.REPL)
        table = XshCommand.forCommandLines(globals, errors, new HostConnector({ sim.hosts }))
        state = new LiveState((XshCommand) table.command, PATIENT, { now })
        completer = new LiveCompleter(table, state, { work })
        reader = LineReaderBuilder.builder()
                .terminal(new DumbTerminal(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream()))
                .build()
    }

    def cleanup() {
        sim.close()
    }

    /** What Tab offers after {@code line}: the candidates, kept as JLine keeps them (those that start with the word). */
    List<String> tab(String line) {
        def parsed = reader.parser.parse(line, line.length(), Parser.ParseContext.COMPLETE)
        List<Candidate> candidates = []
        completer.complete(reader, parsed, candidates)
        String word = parsed.word().substring(0, parsed.wordCursor())
        candidates.findAll { it.value().startsWith(word) }*.value().sort()
    }

    def "'#line' offers #offered"() {
        expect:
        tab(line) == offered

        where:
        line                              || offered
        'li'                              || ['list']
        'cpupool-m'                       || ['cpupool-migrate']
        'help unp'                        || ['unpause']
        'exit -'                          || ['--help', '-h']
        'pause --h'                       || ['--help']
        'list; unp'                       || ['unpause']
        'list ; pause '                   || ['db', 'web']
        'xl li'                           || ['list']
        'xl z'                            || []
        'xl h'                            || ['help']
        '--h'                             || ['--help', '--host']
        '--host '                         || ['default', 'lab']
        '--host=l'                        || ['--host=lab']
        '--backend '                      || ['sim', 'xen']
        'host '                           || ['check', 'create', 'inject', 'list']
        'host inject '                    || ['crash', 'poweroff', 'reboot', 'soft_reset', 'watchdog']
        'trigger web '                    || ['init', 'nmi', 'power', 'reset', 's3resume', 'sleep']
        'console -t '                     || ['pv', 'serial', 'vuart']
        'vcpu-pin web '                   || ['all']
        'cpupool-create sched=c'          || ['sched=credit', 'sched=credit2']
    }

    def "a domain argument offers the domains the command takes: '#line' offers #offered"() {
        expect:
        tab(line) == offered

        where:
        line                         || offered
        'pause '                     || ['db', 'web']
        'unpause '                   || ['old']
        'destroy '                   || ['db', 'old', 'web']
        'list '                      || ['Domain-0', 'db', 'old', 'web']
        'mem-set '                   || ['Domain-0', 'db', 'old', 'web']
        'save -p w'                  || ['web']
        'save -c -p '                || ['db', 'old', 'web']
        'shutdown -w '               || ['db', 'old', 'web']
        'console '                   || ['db', 'old', 'web']
        'uptime web '                || ['Domain-0', 'db', 'old', 'web']
        'sched-credit -d '           || ['Domain-0', 'db', 'old', 'web']
        'sched-credit --domain=w'    || ['--domain=web']
        'host inject crash '         || ['db', 'old', 'web']
        'migrate '                   || ['db', 'old', 'web']
        'migrate web '               || ['local:lab']
        'migrate -p web local:'      || ['local:lab']
        'domid '                     || ['Domain-0', 'db', 'old', 'web']
        'domname '                   || ['0', '1', '2', '3']
        'unpause 3'                  || ['3']
        'pause 3'                    || []
        'xl pause '                  || ['db', 'web']
        'xl -N unpause '             || ['old']
        'save web '                  || ['sub/', 'web.save']
    }

    def "pools, and datasets and snapshots for zfs: '#line' offers #offered"() {
        expect:
        tab(line) == offered

        where:
        line                                   || offered
        'cpupool-list '                        || ['Pool-0', 'fast']
        'cpupool-migrate web '                 || ['Pool-0', 'fast']
        'sched-credit2 -p f'                   || ['fast']
        'zfs '                                 || ['clone', 'create', 'destroy', 'get', 'list', 'receive', 'recv',
                                                   'rename', 'rollback', 'send', 'set', 'snapshot']
        'zfs list zroot/d'                     || ['zroot/debian', 'zroot/devuan']
        'zfs list zroot/debian@'               || ['zroot/debian@1700000000', 'zroot/debian@1700000060',
                                                   'zroot/debian@1700000120']
        'zfs list -t snapshot zroot/debian@17000001' || ['zroot/debian@1700000120']
        'zfs list -t '                         || ['all', 'filesystem', 'snapshot', 'volume']
        'zfs rollback '                        || ['tank@', 'zroot/debian@']
        'zfs rollback zroot/debian@1700000000 ' || ['tank@', 'zroot/debian@']
        'zfs snapshot zroot/dev'               || ['zroot/devuan@']
        'zfs clone zroot/debian@1700000000 z'  || ['zroot/', 'zroot/debian/', 'zroot/devuan/']
        'zfs send -i zroot/debian@1700000000 zroot/debian@' || ['zroot/debian@1700000000', 'zroot/debian@1700000060',
                                                               'zroot/debian@1700000120']
        'zfs get all t'                        || ['tank']
        'zfs destroy -r tank@'                 || ['tank@t1']
        'xl zfs list '                         || []
    }

    def "file arguments: '#line' offers #offered"() {
        expect:
        tab(line) == offered

        where:
        line                 || offered
        'create '            || ['debian.cfg', 'sub/']
        'create -f '         || ['debian.cfg', 'sub/']
        'create sub/'        || ['sub/inner.cfg']
        'create .'           || ['.hidden.cfg']
        'cfg check '         || ['debian.cfg', 'sub/']
        'restore '           || ['debian.cfg', 'sub/', 'web.save']
        'restore -p debian.cfg ' || ['sub/', 'web.save']
        'dump-core web '     || ['debian.cfg', 'notes.txt', 'sub/', 'web.save']
        'truncate '          || []
    }

    def "a directory is offered to go on into, a file to end the word"() {
        when:
        def parsed = reader.parser.parse('create ', 7, Parser.ParseContext.COMPLETE)
        List<Candidate> candidates = []
        completer.complete(reader, parsed, candidates)

        then:
        candidates.find { it.value() == 'sub/' }.complete() == false
        candidates.find { it.value() == 'debian.cfg' }.complete() == true
    }

    def "once a command has run, Tab offers what it changed: a domain just paused is offered by unpause"() {
        expect:
        tab('unpause ') == ['old']

        when: 'pause web runs at the prompt'
        reader.history.add('pause web')
        table.execute('pause', 'web')

        then:
        tab('unpause ') == ['old', 'web']
        tab('pause ') == ['db']
    }

    def "a line that ran no command leaves Tab served from what was read, without waiting for the host"() {
        given:
        tab('unpause ') == ['old']

        when: 'another process pauses web, and a line that runs nothing is entered at the prompt'
        sim.host.pause(sim.host.domainNamed('web').get().domid())
        reader.history.add('pause web')

        then:
        tab('unpause ') == ['old']
    }

    def "without a command in between, Tab is served from what was read, and an old view is read again behind it"() {
        given:
        tab('unpause ') == ['old']

        when: 'another process pauses web'
        sim.host.pause(sim.host.domainNamed('web').get().domid())

        then: 'a Tab within the view\'s age sees the view'
        tab('unpause ') == ['old']

        when: 'the view grows old'
        now += PATIENT.maxAge().toNanos() + 1

        then: 'a Tab still gets the old view at once, and a later one the new'
        tab('unpause ') == ['old']
        new spock.util.concurrent.PollingConditions(timeout: 30).eventually {
            assert tab('unpause ') == ['old', 'web']
        }
    }

    def "the prompt draws the domain names of the last read, and never reads the host for them"() {
        expect: 'nothing read yet'
        state.domainNames().isEmpty()

        when:
        tab('pause ')

        then:
        state.domainNames() == ['Domain-0', 'web', 'db', 'old'] as Set

        when: 'another process adds a domain'
        sim.guest('mail')

        then: 'drawn as it was read'
        state.domainNames() == ['Domain-0', 'web', 'db', 'old'] as Set
    }

    def "a Tab never makes a host: a host that does not exist offers nothing"() {
        given:
        globals.connect('nosuch')   // the session's host, as the prompt shows it

        expect:
        tab('pause ') == []
        tab('zfs list ') == []
        !sim.hosts.names().contains('nosuch')
        tab('--host ') == ['default', 'lab']
    }
}
