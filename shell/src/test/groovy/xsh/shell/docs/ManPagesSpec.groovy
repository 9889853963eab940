package xsh.shell.docs

import java.nio.file.Path
import java.util.concurrent.TimeUnit
import picocli.CommandLine
import spock.lang.Requires
import spock.lang.Shared
import spock.lang.Specification
import spock.lang.TempDir
import xsh.shell.XshCommand

/**
 * The man pages' sources in every build; their roff, and man's rendering of it, with the man
 * profile ({@code mvn -Pman -pl shell -am test -Dtest=ManPagesSpec}), which brings asciidoctorj.
 */
class ManPagesSpec extends Specification {

    static final String ROFF = 'asciidoctorj is on the classpath only with the man profile (mvn -Pman); man must be installed'

    @Shared
    @TempDir
    Path dir

    @Shared
    List<File> sources

    @Shared
    List<File> pages

    def setupSpec() {
        sources = ManPages.writeSources(XshCommand.table(), dir.resolve('adoc').toFile())
        // once: asciidoctor starts JRuby, which takes seconds
        pages = roffAndMan() ? ManPages.toRoff(sources, dir.toFile()) : null
    }

    static boolean roffAndMan() {
        ManPages.canWriteRoff() && ['/usr/bin/man', '/bin/man'].any { new File(it).canExecute() }
    }

    static List<CommandLine.Model.CommandSpec> allCommands(CommandLine commandLine) {
        [commandLine.commandSpec] + (commandLine.subcommands.values() as List).unique(false) { it.commandSpec }
                .findAll { !it.commandSpec.usageMessage().hidden() }.collectMany { allCommands(it) }
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

    def "every command of the table has its page, and xsh's page lists them all"() {
        given:
        def table = XshCommand.table()
        def expected = ['xsh.adoc'] + CompletionCommandSpec.commandPaths(table).collect { "xsh-${it.join('-')}.adoc".toString() }

        expect:
        sources.first().name == 'xsh.adoc'
        sources*.name.toSet() == expected.toSet()
        table.subcommands.keySet().every { sources.first().text.contains("xref:xsh-${it}.adoc[*${it}*]::") }
    }

    def "each page documents every option and argument of its command"() {
        given:
        def commands = allCommands(XshCommand.table())

        expect:
        commands.size() == sources.size()
        commands.every { spec ->
            def page = sources.find { it.name == "${spec.qualifiedName('-')}.adoc" }.text
            spec.options().findAll { !it.hidden() }.every { option -> option.names().every { page.contains(it) } } &&
                    spec.positionalParameters().findAll { !it.hidden() }.every { page.contains(it.paramLabel()) }
        }
    }

    def "xsh's synopsis keeps the forms of its command line on lines of their own"() {
        expect:
        sources.first().text.contains("== Synopsis\n\nxsh [GLOBAL OPTIONS] [COMMAND [ARGS...]] +\nxsh [GLOBAL OPTIONS] -c 'COMMAND; COMMAND...' +\n"
                + "xsh [GLOBAL OPTIONS] FILE.xsh [ARGS...]\n\n")
    }

    @Requires(value = { roffAndMan() }, reason = ROFF)
    def "each page becomes roff, named as man expects"() {
        expect:
        pages*.name == sources*.name*.replaceAll(/\.adoc$/, '.1')
        pages.every { it.file && it.text.contains('.TH "XSH') }
    }

    @Requires(value = { roffAndMan() }, reason = ROFF)
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

    @Requires(value = { roffAndMan() }, reason = ROFF)
    def "man shows xsh's two command lines on lines of their own"() {
        when:
        def lines = render(pages.first()).readLines()*.trim()

        then:
        def synopsis = lines.indexOf('SYNOPSIS')
        lines[synopsis + 1] == "xsh [GLOBAL OPTIONS] [COMMAND [ARGS...]]"
        lines[synopsis + 2] == "xsh [GLOBAL OPTIONS] -c 'COMMAND; COMMAND...'"
    }
}
