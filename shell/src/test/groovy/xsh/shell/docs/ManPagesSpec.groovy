package xsh.shell.docs

import java.nio.file.Path
import java.util.concurrent.TimeUnit
import spock.lang.Requires
import spock.lang.Shared
import spock.lang.Specification
import spock.lang.TempDir
import xsh.shell.XshCommand

class ManPagesSpec extends Specification {

    @Shared
    @TempDir
    Path dir

    @Shared
    List<File> pages

    def setupSpec() {
        // once: asciidoctor starts JRuby, which takes seconds
        pages = ManPages.write(XshCommand.table(), dir.toFile())
    }

    static boolean manInstalled() {
        ['/usr/bin/man', '/bin/man'].any { new File(it).canExecute() }
    }

    /** The page as man shows it, in plain ASCII, with lines long enough not to wrap. */
    static String render(File page) {
        def builder = new ProcessBuilder('man', '-l', page.path).redirectErrorStream(true)
        builder.environment().putAll(LC_ALL: 'C', MANWIDTH: '200', MANPAGER: 'cat', MAN_KEEP_FORMATTING: '')
        def process = builder.start()
        def text = process.inputStream.getText('UTF-8')
        assert process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0: text
        text.replaceAll(/.\u0008/, '') // overstrike bold and underline, should a man still use them
    }

    def "every command of the table has its page, and xsh.1 lists them all"() {
        given:
        def table = XshCommand.table()
        def expected = ['xsh.1'] + CompletionCommandSpec.commandPaths(table).collect { "xsh-${it.join('-')}.1".toString() }

        expect:
        pages.first().name == 'xsh.1'
        pages*.name.toSet() == expected.toSet()
        pages.every { it.file && it.text.contains('.TH "XSH') }

        and:
        def main = pages.find { it.name == 'xsh.1' }.text
        table.subcommands.keySet().every { main.contains(it.replace('-', '\\-')) }
    }

    def "each page documents every option and argument of its command"() {
        given:
        def commands = allCommands(XshCommand.table())

        expect:
        commands.size() == pages.size()
        commands.every { spec ->
            def roff = pages.find { it.name == "${spec.qualifiedName('-')}.1" }.text
            spec.options().findAll { !it.hidden() }.every { option -> option.names().every { roff.contains(it.replace('-', '\\-')) } } &&
                    spec.positionalParameters().findAll { !it.hidden() }.every { roff.contains(it.paramLabel().replace('-', '\\-')) }
        }
    }

    static List allCommands(picocli.CommandLine commandLine) {
        [commandLine.commandSpec] + (commandLine.subcommands.values() as List).unique(false) { it.commandSpec }
                .findAll { !it.commandSpec.usageMessage().hidden() }.collectMany { allCommands(it) }
    }

    @Requires(value = { manInstalled() }, reason = 'man is not installed')
    def "xsh.1's synopsis shows the two forms of xsh's command line, each on its own line"() {
        when:
        def lines = render(pages.first()).readLines()*.trim()

        then:
        def synopsis = lines.indexOf('SYNOPSIS')
        lines[synopsis + 1] == "xsh [GLOBAL OPTIONS] [COMMAND [ARGS...]]"
        lines[synopsis + 2] == "xsh [GLOBAL OPTIONS] -c 'COMMAND; COMMAND...'"
    }

    @Requires(value = { manInstalled() }, reason = 'man is not installed')
    def "man shows a command's page: #name"() {
        when:
        def text = render(pages.find { it.name == name })

        then:
        expected.every { text.contains(it) }

        where:
        name                  | expected
        'xsh.1'               | ['NAME', 'xsh - An interactive shell and Groovy scripting DSL for Xen hosts.', 'SYNOPSIS', '--host=NAME', '--backend=sim|xen', 'COMMANDS', 'sched-credit2', 'completion']
        'xsh-list.1'          | ['xsh-list - ', 'SYNOPSIS', 'xsh list', '--verbose', '--cpupool', '--json']
        'xsh-sched-credit2.1' | ['xsh-sched-credit2 - ', '--ratelimit_us', '--schedparam']
        'xsh-zfs-snapshot.1'  | ['xsh-zfs-snapshot - ', 'SYNOPSIS']
        'xsh-completion.1'    | ['xsh-completion - ', 'source <(xsh completion bash)']
    }
}
