package xsh.shell.xl

import java.util.concurrent.Callable
import picocli.CommandLine
import picocli.CommandLine.Command
import picocli.CommandLine.Option
import picocli.CommandLine.Parameters
import spock.lang.Specification
import xsh.shell.GlobalOptions

/**
 * What reaches xsh's command once xl's command line is parsed: the options by letter (or
 * long name), then the operands, create's leading configuration file as xl takes it, and
 * the global -N; shown here with recording commands in place of xsh's.
 */
class XlHandOverSpec extends Specification {

    @Command(name = 'create', mixinStandardHelpOptions = true)
    static class Create implements Callable<Integer> {
        @Option(names = ['-f', '--defconfig']) String defconfig
        @Option(names = '-p') boolean paused
        @Option(names = '-q') boolean quiet
        @Parameters List<String> operands = []

        Integer call() { 0 }
    }

    @Command(name = 'migrate')
    static class Migrate implements Callable<Integer> {
        @Option(names = '--debug') boolean debug
        @Option(names = '-s') String ssh
        @Parameters List<String> operands = []

        Integer call() { 0 }
    }

    @Command(name = 'xsh', subcommands = [Create, Migrate])
    static class Root {
    }

    def globals = new GlobalOptions()
    def cli = new CommandLine(new Root())
    def out = new ByteArrayOutputStream()
    def err = new ByteArrayOutputStream()

    int xl(String... args) {
        new XlFrontEnd(cli, globals, new PrintStream(out, true, 'UTF-8'), new PrintStream(err, true, 'UTF-8'))
                .run(args as List<String>)
    }

    Create getCreate() {
        cli.subcommands.create.command as Create
    }

    def "create #args: -f #defconfig, operands #operands"() {
        when:
        int code = xl((['create'] + args) as String[])

        then:
        code == 0
        create.defconfig == defconfig
        create.operands == operands
        globals.xlCompatible()
        !globals.dryRun()

        where:
        args                              | defconfig | operands
        ['a.cfg']                         | null      | ['a.cfg']
        ['a.cfg', '-p', 'memory=512']     | null      | ['a.cfg', 'memory=512']
        ['-p', '-q', 'a.cfg']             | null      | ['a.cfg']
        ['a.cfg', '-f', 'b.cfg']          | 'b.cfg'   | []                 // xl's -f replaces the leading file
        ['a.cfg', '--defconfig=b.cfg']    | 'b.cfg'   | []
        ['-f', 'b.cfg', 'a.cfg']          | 'b.cfg'   | ['a.cfg']          // not leading: an operand (create then fails as xl)
        ['memory=512', 'a.cfg']           | null      | ['memory=512', 'a.cfg']
        ['-fb.cfg', '-pq']                | 'b.cfg'   | []
        ['-f', '-p']                      | '-p'      | []
        ['-f', '--']                      | '--'      | []
        ['-f', '--', 'a.cfg']             | '--'      | ['a.cfg']
        ['a.cfg', '--', '--']             | null      | ['a.cfg', '--']
        ['-f', '', 'a.cfg']               | ''        | ['a.cfg']
        ['--', '-odd.cfg']                | null      | ['-odd.cfg']
        ['a.cfg', '@file']                | null      | ['a.cfg', '@file']   // no picocli @-files
    }

    def "the global -N reaches the command as the dry run of its global options"() {
        when:
        int code = xl('-N', 'cr', 'a.cfg')

        then:
        code == 0
        globals.dryRun()
        create.operands == ['a.cfg']
    }

    def "a long option without a letter reaches the command by its long name"() {
        when:
        int code = xl('migrate', '--deb', '-s', 'ssh -p 22', 'web', 'host2')
        def migrate = cli.subcommands.migrate.command as Migrate

        then:
        code == 0
        migrate.debug
        migrate.ssh == 'ssh -p 22'
        migrate.operands == ['web', 'host2']
    }

    def "an xl option xsh's command lacks is xl's 'not supported', exit 2; nothing runs"() {
        when:
        int code = xl('create', '-e', 'a.cfg')

        then:
        code == 2
        err.toString('UTF-8') == "option `e' not supported.\n"
        create.operands == []
    }

    def "xl's create -V is not picocli's --version"() {
        when:
        int code = xl('create', '-V', 'a.cfg')

        then:
        code == 2
        err.toString('UTF-8') == "option `V' not supported.\n"
        out.toString('UTF-8') == ''
    }

    def "a command xl has and xsh lacks is 'command not implemented', exit 1"() {
        when:
        int code = xl('restore', 'a.save')

        then:
        code == 1
        err.toString('UTF-8') == 'command not implemented\n'
    }
}
