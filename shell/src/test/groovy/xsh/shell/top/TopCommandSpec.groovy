package xsh.shell.top

import groovy.json.JsonSlurper
import java.time.Instant
import spock.lang.Specification
import xsh.shell.ShellHarness

/** top when its output is not a terminal (as here): xentop's batch mode, text or JSON. */
class TopCommandSpec extends Specification {

    static final long SECOND = 1_000_000_000L
    static final String HEADER = '      NAME  STATE   CPU(sec) CPU(%)     MEM(k) MEM(%)  MAXMEM(k) MAXMEM(%) VCPUS      UPTIME'

    def shell = new ShellHarness()

    def setup() {
        shell.host.now = Instant.parse('2026-01-03T01:00:00Z')
        shell.host.fake(0).started = Instant.parse('2026-01-01T00:00:00Z')
        shell.host.add(domid: 3, name: 'web', currentKib: 1024 * 1024, maxKib: 2048 * 1024, vcpus: 2,
                cpuTimeNanos: 75 * SECOND + 999, started: Instant.parse('2026-01-03T00:00:00Z'), running: true)
        shell.host.add(domid: 4, name: 'a-very-long-name', currentKib: 256 * 1024, blocked: true,
                started: Instant.parse('2026-01-03T00:59:57Z'))
    }

    def "piped, one frame of xentop's batch table: no summary, names cut to ten, sorted by name"() {
        when:
        def r = shell.run('top')

        then:
        r.code == 0
        r.err == ''
        r.out == """\
$HEADER
a-very-lon --b---          0    0.0     262144    0.8     262144       0.8     1       00:03
  Domain-0 -----r      11794    0.0    8388608   25.0    8388608      25.0     4  2-01:00:00
       web -----r         75    0.0    1048576    3.1    2097152       6.2     2    01:00:00
"""
        !r.out.contains('\u001b')
    }

    def "-f: whole names, the column as wide as the longest; --sort chooses the order"() {
        expect:
        shell.run('top', '-f', '--sort', 'mem').outLines*.take(23) == [
            '            NAME  STATE',
            '        Domain-0 -----r',
            '             web -----r',
            'a-very-long-name --b---']
    }

    def "-b -i N: N frames, each its header and rows"() {
        when:
        def r = shell.run('top', '-b', '-i', '3', '-d', '0.01')

        then:
        r.code == 0
        r.outLines.findAll { it == HEADER }.size() == 3
        r.outLines.size() == 12
    }

    def "--json: a document per frame, the cpu share null in the first"() {
        when:
        def r = shell.run('top', '--json', '-i', '2', '-d', '0.01', '--sort', 'cpu-time')
        def frames = r.out.split(/(?m)^\}\n/).collect { new JsonSlurper().parseText(it + '}') }

        then:
        r.code == 0
        frames.size() == 2
        with(frames[0]) {
            time == '2026-01-03T01:00:00Z'
            host == 'default'
            xen_version == '4.17.7'
            cpus == 8
            memory.total_kib == 32768 * 1024
            states == [total: 3, running: 2, blocked: 1, paused: 0, crashed: 0, dying: 0, shutdown: 0]
            sorted_by == 'cpu-time'
            domains*.name == ['Domain-0', 'web', 'a-very-long-name']
            domains[1].cpu_percent == null
            domains[1].memory_percent == 3.1
            domains[1].uptime_seconds == 3600
            domains[1].cpu_time_ns == 75 * SECOND + 999
            domains[1].state.flags == 'r-----'
        }
    }

    def "the global --json is top's too"() {
        expect:
        new JsonSlurper().parseText(shell.run('--json', 'top').out).domains.size() == 3
    }

    def "--help describes the keys and the columns"() {
        when:
        def r = shell.run('top', '--help')
        def text = r.out.replaceAll(/\s+/, ' ')

        then:
        r.code == 0
        text.contains('P cpu%, T cpu time')
        text.contains('name, state, cpu-time, cpu, mem, mem-pct, maxmem, maxmem-pct, vcpus, uptime')
    }

    def "a bad #option is a usage error that names it"() {
        when:
        def r = shell.run(['top'] + args as String[])

        then:
        r.code == 2
        r.out == ''
        r.err.startsWith("xsh: $message")

        where:
        option       | args                | message
        'delay'      | ['-d', '0']         | "-d: the delay must be a positive number of seconds, not '0'"
        'delay'      | ['-d', 'x']         | "-d: the delay must be a positive number of seconds, not 'x'"
        'iterations' | ['-i', '0']         | '-i: the number of frames must be at least 1, not 0'
        'sort key'   | ['--sort', 'nets']  | "--sort: no column 'nets' (one of name, state, cpu-time, cpu, mem, mem-pct, maxmem, maxmem-pct, vcpus, uptime)"
    }
}
