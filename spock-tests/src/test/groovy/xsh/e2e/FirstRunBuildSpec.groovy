package xsh.e2e

import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.StandardCopyOption
import spock.lang.Shared
import spock.lang.Specification
import spock.lang.Stepwise
import spock.lang.TempDir
import xsh.e2e.support.RunResult
import xsh.e2e.support.XshProcess

/**
 * bin/xsh on a fresh clone: a copy of the project without target/ directories and with its own
 * cache directory, so the project under test and the user's cache are left alone.
 */
@Stepwise
class FirstRunBuildSpec extends Specification {

    static final String BUILDING = 'building xsh…'

    @Shared
    @TempDir
    Path tmp

    @Shared
    File clone

    @Shared
    XshProcess xsh

    def setupSpec() {
        clone = tmp.resolve('clone').toFile()
        copyProject(XshProcess.projectRoot().toPath(), clone.toPath())
        xsh = new XshProcess(tmp)
        xsh.launcher = [new File(clone, 'bin/xsh').path]
        xsh.environment.XDG_CACHE_HOME = tmp.resolve('cache').toString()
    }

    def "two first runs at once build once, saying so in one line, and both run"() {
        given:
        def outputs = (1..2).collect { [tmp.resolve("out$it").toFile(), tmp.resolve("err$it").toFile()] }

        when:
        def processes = outputs.collect { out, err -> xsh.start(['--version'], out, err) }
        def exitCodes = processes.collect { it.waitFor() }
        def results = [exitCodes, outputs].transpose().collect { code, files ->
            new RunResult(code, files[0].getText('UTF-8'), files[1].getText('UTF-8'))
        }

        then:
        results.every { it.exitCode == 0 && it.stdoutLines[0] == "xsh ${XshProcess.projectVersion()}" }
        results*.stderrLines.flatten() == [BUILDING]
        new File(clone, 'shell/target/xsh.jar').isFile()
    }

    def "later runs start at once"() {
        when:
        def result = xsh.run('--version')

        then:
        result.exitCode == 0
        result.stderr == ''
        result.stdoutLines[0] == "xsh ${XshProcess.projectVersion()}"
    }

    def "a failed build shows Maven's log and fails"() {
        given:
        def main = new File(clone, 'shell/src/main/java/xsh/shell/Main.java')
        main << '\nthis does not compile\n'

        when:
        def result = xsh.run('--version')

        then:
        result.exitCode != 0
        result.stdout == ''
        result.stderrLines[0] == BUILDING
        result.stderr.contains('Main.java')
        result.stderr.contains('COMPILATION ERROR') || result.stderr.contains('[ERROR]')
        result.stderrLines[-1] == 'xsh: the build failed; the Maven output is above'
    }

    private static void copyProject(Path from, Path to) {
        Files.walk(from).withCloseable { paths ->
            paths.filter { path -> !from.relativize(path).any { it.toString() in ['target', '.git'] } }
                    .forEach { path ->
                        def target = to.resolve(from.relativize(path).toString())
                        if (Files.isDirectory(path)) {
                            Files.createDirectories(target)
                        } else {
                            Files.copy(path, target, StandardCopyOption.COPY_ATTRIBUTES)
                        }
                    }
        }
    }
}
