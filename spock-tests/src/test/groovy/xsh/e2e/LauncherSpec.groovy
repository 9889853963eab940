package xsh.e2e

import java.nio.file.Files
import java.nio.file.Path
import spock.lang.Specification
import spock.lang.TempDir
import xsh.e2e.support.XshProcess

/** bin/xsh's own logic, by sourcing it (which only defines its functions), and how it is found. */
class LauncherSpec extends Specification {

    static final File LAUNCHER = new File(XshProcess.projectRoot(), 'bin/xsh')

    @TempDir
    Path tmp

    /** Runs {@code script} in bash after sourcing bin/xsh; returns [exit code, stdout]. */
    static List bash(String script, String... args) {
        def process = new ProcessBuilder(['bash', '-c', ". '${LAUNCHER.path}'; $script".toString(), 'bash'] + (args as List))
                .redirectErrorStream(true).start()
        def output = process.inputStream.getText('UTF-8')
        process.waitFor()
        [process.exitValue(), output]
    }

    def "the jar is stale when #newer is newer than it: #stale"() {
        given: 'a project whose files are all older than the jar'
        def project = tmp.resolve('project').toFile()
        def files = ['pom.xml', 'hv/pom.xml', 'shell/src/main/java/xsh/shell/Main.java',
                     'dsl-grammar/src/main/antlr4/xsh/cfg/grammar/XlCfgParser.g4',
                     'shell/src/main/resources/xsh/shell/version.properties',
                     'shell/src/test/groovy/xsh/shell/MainSpec.groovy', 'shell/target/classes/xsh/shell/Main.class',
                     'README.md', 'bin/xsh', '.git/index']
        long past = System.currentTimeMillis() - 60_000
        files.each { create(project, it, past) }
        def jar = create(project, 'shell/target/xsh.jar', past + 10_000)
        if (newer) {
            new File(project, newer).lastModified = past + 20_000
        }

        expect:
        bash('xsh_jar_is_stale "$1" "$2"', project.path, jar.path)[0] == (stale ? 0 : 1)

        where:
        newer                                                      | stale
        null                                                       | false
        'pom.xml'                                                  | true
        'hv/pom.xml'                                               | true
        'shell/src/main/java/xsh/shell/Main.java'                  | true
        'dsl-grammar/src/main/antlr4/xsh/cfg/grammar/XlCfgParser.g4' | true
        'shell/src/main/resources/xsh/shell/version.properties'    | true
        'shell/src/test/groovy/xsh/shell/MainSpec.groovy'          | false
        'shell/target/classes/xsh/shell/Main.class'                | false
        'README.md'                                                | false
        'bin/xsh'                                                  | false
        '.git/index'                                               | false
    }

    def "the jar is stale when it is missing"() {
        given:
        def project = tmp.resolve('project').toFile()
        create(project, 'pom.xml', System.currentTimeMillis())

        expect:
        bash('xsh_jar_is_stale "$1" "$1/shell/target/xsh.jar"', project.path)[0] == 0
    }

    def "the JDK's major version comes from its release file: #line"() {
        given:
        def jdk = tmp.resolve('jdk').toFile()
        create(jdk, 'release', 0).text = "IMPLEMENTOR=\"Someone\"\n$line\n"

        expect:
        bash('xsh_java_major "$1"', jdk.path) == [0, major ? "$major\n" : '']

        where:
        line                          | major
        'JAVA_VERSION="17.0.15"'      | 17
        'JAVA_VERSION="25"'           | 25
        'JAVA_VERSION="21-ea"'        | 21
        'JAVA_VERSION="1.8.0_402"'    | 8
        'NO_VERSION_HERE=1'           | null
    }

    def "xsh starts through a chain of symlinks on PATH, from any directory"() {
        given:
        def bin = Files.createDirectories(tmp.resolve('bin'))
        def link = Files.createSymbolicLink(bin.resolve('xsh-link'), LAUNCHER.toPath())
        Files.createSymbolicLink(bin.resolve('xsh'), Path.of('xsh-link'))
        def xsh = new XshProcess(tmp)
        xsh.launcher = ['env', 'xsh']   // env looks xsh up on the PATH given to it
        xsh.environment.PATH = "$bin:${System.getenv('PATH')}".toString()

        when:
        def result = xsh.run('--version')

        then:
        link.toRealPath() == LAUNCHER.toPath().toRealPath()
        result.exitCode == 0
        result.stdoutLines[0] == "xsh ${XshProcess.projectVersion()}"
        result.stderr == ''
    }

    def "on JDK #version the first start trains the class-data archive and keeps SQLite's library; later starts use both"() {
        given: 'a JDK whose java only records its arguments, and makes what a real training makes'
        def jdk = tmp.resolve('jdk').toFile()
        create(jdk, 'release', 0).text = "JAVA_VERSION=\"$version\"\n"
        create(jdk, 'lib/modules', 0)
        def runs = tmp.resolve('runs.log')
        def java = create(jdk, 'bin/java', 0)
        java.text = """#!/bin/sh
printf '%s\\n' "\$*" >>'$runs'
for arg; do
    case \$arg in
        -XX:DumpLoadedClassList=* | -XX:AOTCacheOutput=*) echo made >"\${arg#*=}" ;;
        -XX:SharedArchiveFile=*) [ -n "\$dump" ] && echo made >"\${arg#*=}" ;;
        -Xshare:dump) dump=1 ;;
    esac
    [ -n "\$train" ] && mkdir "\$arg" && : >"\$arg/libsqlitejdbc.so"
    train=; [ "\$arg" = --train ] && train=1
done
exit 0
"""
        java.executable = true
        def xsh = new XshProcess(tmp)
        xsh.environment.JAVA_HOME = jdk.path
        xsh.environment.XDG_CACHE_HOME = tmp.resolve('cache').toString()

        when:
        def first = xsh.run('-c', 'list')
        def second = xsh.run('-c', 'list')
        def lines = runs.toFile().readLines()
        def cached = tmp.resolve('cache/xsh').toFile().listFiles()*.name.findAll { !it.startsWith('build-') }

        then: 'one training (two runs up to JDK 24: the class list, then the dump), then xsh twice'
        first.exitCode == 0 && second.exitCode == 0
        first.stderr == '' && second.stderr == ''
        cached.size() == 2
        def archiveFile = tmp.resolve("cache/xsh/${cached.find { it.endsWith(archive) }}").toString()
        def library = tmp.resolve("cache/xsh/${cached.find { it.endsWith('-sqlite') }}").toString()
        archiveFile != library
        lines.size() == trainingRuns + 2
        lines[0].contains(trainingOption) && lines[0].endsWith("--train $library")
        trainingRuns == 1 || lines[1].contains('-Xshare:dump') && lines[1].contains("-XX:SharedArchiveFile=")
        lines[-2..-1].every { line ->
            line.contains("$use=$archiveFile") && line.contains('-XX:ArchiveRelocationMode=0')
                    && line.contains("-Dorg.sqlite.lib.path=$library")
                    && line.contains("-Dorg.sqlite.tmpdir=$library") && line.endsWith('xsh.jar -c list')
        }

        where:
        version   | trainingRuns | trainingOption               | archive | use
        '17.0.15' | 2            | '-XX:DumpLoadedClassList='   | '.jsa'  | '-XX:SharedArchiveFile'
        '25.0.3'  | 1            | '-XX:AOTCacheOutput='        | '.aot'  | '-XX:AOTCache'
    }

    private static File create(File dir, String path, long modified) {
        def file = new File(dir, path)
        file.parentFile.mkdirs()
        file.text = ''
        file.lastModified = modified
        file
    }
}
