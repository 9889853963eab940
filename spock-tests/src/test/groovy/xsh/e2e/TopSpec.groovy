package xsh.e2e

import groovy.json.JsonSlurper
import java.nio.file.Path
import spock.lang.AutoCleanup
import spock.lang.Requires
import spock.lang.Specification
import spock.lang.TempDir
import xsh.e2e.support.GuestFiles
import xsh.e2e.support.TmuxSession
import xsh.e2e.support.XshProcess

/**
 * top through bin/xsh on the embedded host: the live view in a real terminal (tmux), drawn,
 * re-sorted by a key and left with q; and batch frames when the output is a pipe.
 */
class TopSpec extends Specification {

    static final String HEADER = '      NAME  STATE   CPU(sec) CPU(%)     MEM(k) MEM(%)  MAXMEM(k) MAXMEM(%) VCPUS      UPTIME'

    @TempDir
    Path tmp

    @AutoCleanup
    TmuxSession tmux = new TmuxSession()

    XshProcess xsh

    def setup() {
        xsh = new XshProcess(tmp)
        def guests = new GuestFiles(xsh.workDir)
        guests.config('alpha', 128, 1)
        guests.config('zulu', 512, 2)
        assert xsh.run('-c', 'create -q alpha.cfg; create -q zulu.cfg').exitCode == 0
    }

    /** The names of the domain rows on the screen, top to bottom. */
    static List<String> names(String screen) {
        screen.readLines().findAll { it ==~ /^ *\S+ [-dsbcpr]{6} .*/ }.collect { it.trim().split(/\s+/)[0] }
    }

    @Requires(value = { TmuxSession.available() }, reason = 'tmux is not installed; .ci/run installs it')
    def "at a terminal top draws the summary and the domains, a key sorts by memory, q quits with 0"() {
        given:
        tmux.start(xsh.workDir, [XSH_HOME: xsh.xshHome.path], xsh.launcher + ['top'])

        when:
        def screen = tmux.waitForScreen(120) { it.contains('NAME  STATE') && it.contains('zulu') }

        then: 'the summary, and the domains by name as xentop sorts them'
        screen.startsWith('xsh top - ')
        screen.contains('3 domains: ')
        screen.contains('Mem: ')
        names(screen) == ['alpha', 'Domain-0', 'zulu']
        screen.readLines().last().contains('q quit')

        when: 'M sorts by memory, largest first'
        tmux.keys('M')

        then:
        tmux.waitForScreen { names(it) == ['Domain-0', 'zulu', 'alpha'] }

        when:
        tmux.keys('q')

        then:
        tmux.waitForExit() == 0
    }

    @Requires(value = { TmuxSession.available() }, reason = 'tmux is not installed; .ci/run installs it')
    def "in the REPL, q leaves top for the prompt, the screen as it was"() {
        given:
        tmux.start(xsh.workDir, [XSH_HOME: xsh.xshHome.path], xsh.launcher)
        tmux.waitForScreen(120) { it.endsWith('xsh>') }

        when:
        tmux.keys('top', 'Enter')

        then:
        tmux.waitForScreen { it.startsWith('xsh top - ') && names(it).size() == 3 }

        when:
        tmux.keys('q')

        then:
        tmux.waitForScreen { it.readLines() == ['xsh> top', 'xsh>'] }

        when:
        tmux.keys('exit', 'Enter')

        then:
        tmux.waitForExit() == 0
    }

    def "piped, a frame of plain text: the header and a row per domain, no escape codes"() {
        when:
        def r = xsh.run('top')

        then:
        r.exitCode == 0
        r.stderr == ''
        r.stdoutLines[0] == HEADER
        r.stdoutLines.drop(1)*.trim()*.split(/\s+/)*.getAt(0) == ['alpha', 'Domain-0', 'zulu']
        !r.stdout.contains('\u001b')
    }

    def "-b -i 2 --json: two frames; in the second the cpu shares the host measured in between"() {
        when:
        def r = xsh.run('top', '-b', '-i', '2', '-d', '0.5', '--json', '--sort', 'mem')
        def frames = r.stdout.split(/(?m)^\}\n/).collect { new JsonSlurper().parseText(it + '}') }

        then:
        r.exitCode == 0
        frames.size() == 2
        frames*.domains*.name == [['Domain-0', 'zulu', 'alpha']] * 2
        frames[0].domains.every { it.cpu_percent == null }
        frames[1].domains.every { it.cpu_percent instanceof Number && it.cpu_percent >= 0 }
        frames[1].domains[0].cpu_percent > 0            // Domain-0 is never idle
    }
}
