package xsh.e2e

import java.nio.file.Files
import java.nio.file.Path
import java.util.concurrent.TimeUnit
import spock.lang.Specification
import spock.lang.TempDir
import xsh.e2e.support.GuestFiles
import xsh.e2e.support.XshProcess

/** .xsh scripts run through bin/xsh: arguments, load, #! files on PATH, errors, exit codes, time, Ctrl-C. */
class ScriptRunnerSpec extends Specification {

    @TempDir
    Path tmp

    XshProcess xsh
    GuestFiles guests

    def setup() {
        xsh = new XshProcess(tmp)
        guests = new GuestFiles(xsh.workDir)
    }

    File script(String name, String text) {
        def file = new File(xsh.workDir, name)
        file.parentFile.mkdirs()
        file.text = text
        file
    }

    def "xsh FILE.xsh ARGS runs the script with its arguments; load includes another relative to it"() {
        given:
        script('lib/names.xsh', '''prefix = 'guest-'
def nameOf(String s) { prefix + s }
''')
        script('lib/main.xsh', '''load 'names.xsh'
args.each { println nameOf(it) }
xsh "create -q ${args[0]}.cfg"
xsh 'list'
''')
        guests.config('web')

        when:
        def r = xsh.run('lib/main.xsh', 'web', '--json')

        then:
        r.exitCode == 0
        r.stderr == ''
        r.stdoutLines[0..1] == ['guest-web', 'guest---json']
        r.stdoutLines.any { it.startsWith('web ') }
        xsh.run('list', 'web').exitCode == 0
    }

    def "an executable #!/usr/bin/env xsh file runs with xsh on PATH"() {
        given:
        def bin = Files.createDirectories(tmp.resolve('bin'))
        Files.createSymbolicLink(bin.resolve('xsh'), XshProcess.projectRoot().toPath().resolve('bin/xsh'))
        def file = script('hello', '#!/usr/bin/env xsh\nprintln "hello ${args.join(\' \')}"\nSystem.exit(args.length)\n')
        file.setExecutable(true)
        xsh.launcher = [file.path]
        xsh.environment.PATH = "$bin:${System.getenv('PATH')}".toString()

        when:
        def r = xsh.run('big', 'world')

        then:
        r.stdout == 'hello big world\n'
        r.stderr == ''
        r.exitCode == 2
    }

    def "a failing command ends the script with FILE:LINE: its message and its exit code, after finally blocks"() {
        given:
        script('fail.xsh', '''println 'start'
try {
    xsh 'pause nosuch'
    println 'not reached'
} finally {
    println 'cleaned up'
}
''')
        def direct = xsh.run('pause', 'nosuch')

        when:
        def r = xsh.run('fail.xsh')

        then:
        r.stdoutLines == ['start', 'cleaned up']
        r.stderrLines == ["fail.xsh:3: ${direct.stderr.trim().replaceFirst(/^xsh: /, '')}".toString()]
        r.exitCode == direct.exitCode
    }

    def "a syntax error is FILE:LINE:COL: message, exit 1, and no stack trace; --debug adds it"() {
        given:
        script('bad.xsh', 'println "ran"\nprintln 1 +* 2\n')

        when:
        def r = xsh.run('bad.xsh')
        def debug = xsh.run('--debug', 'bad.xsh')

        then:
        r.exitCode == 1
        r.stdout == ''
        r.stderrLines.size() == 1
        r.stderrLines[0] ==~ /bad\.xsh:2:\d+: Unexpected input: .*/
        debug.stderrLines[0] == r.stderrLines[0]
        debug.stderr.contains('\tat ')
    }

    def "a script that is not there: exit 127"() {
        when:
        def r = xsh.run('nosuch.xsh')

        then:
        r.exitCode == 127
        r.stderr == 'xsh: nosuch.xsh: no such file\n'
    }

    def "every and waitUntil keep real time"() {
        given:
        script('tick.xsh', '''long t0 = System.nanoTime()
every 0.2.seconds, times: 3, { i -> println "tick $i" }
def took = (System.nanoTime() - t0) / 1e9
println(took >= 0.39 ? 'on time' : "too fast: $took")
def last = waitUntil(timeout: 2.seconds, every: 0.1.seconds) { System.nanoTime() - t0 > 0.6e9 ? 'ready' : null }
println last
''')

        when:
        def r = xsh.run('tick.xsh')

        then:
        r.stderr == ''
        r.stdoutLines == ['tick 0', 'tick 1', 'tick 2', 'on time', 'ready']
        r.exitCode == 0
    }

    def "Ctrl-C stops a waiting script: its finally blocks run, it ends with 130"() {
        given:
        script('wait.xsh', '''try {
    println 'waiting'
    sleep 60.seconds
} finally {
    println 'cleaned up'
}
''')
        def out = tmp.resolve('out.txt').toFile()
        def err = tmp.resolve('err.txt').toFile()

        when:
        def process = xsh.start(['wait.xsh'], out, err)
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120)
        while (!out.text.contains('waiting') && process.alive && System.nanoTime() < deadline) {
            Thread.sleep(50)
        }
        new ProcessBuilder('kill', '-INT', process.pid().toString()).start().waitFor()
        def ended = process.waitFor(30, TimeUnit.SECONDS)

        then:
        ended
        [process.exitValue(), out.text, err.text] == [130, 'waiting\ncleaned up\n', 'wait.xsh:3: interrupted\n']

        cleanup:
        process?.destroyForcibly()
    }
}
