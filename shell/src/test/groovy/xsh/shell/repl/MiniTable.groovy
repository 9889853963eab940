package xsh.shell.repl

import java.util.concurrent.Callable
import picocli.CommandLine
import picocli.CommandLine.Command
import picocli.CommandLine.Option
import picocli.CommandLine.Parameters

/** A small command table shaped as xsh's: global options, commands with options and operands, a command with subcommands, xl. */
class MiniTable {

    @Command(name = 'xsh', subcommands = [ListCmd, SaveCmd, ConsoleCmd, CfgCmd, XlCmd])
    static class Root implements Callable<Integer> {
        @Option(names = '--host', paramLabel = 'NAME') String host
        @Option(names = '--json') boolean json
        Integer call() { 0 }
    }

    @Command(name = 'list')
    static class ListCmd implements Callable<Integer> {
        @Option(names = ['-l', '--long']) boolean longFormat
        @Option(names = '-v') boolean verbose
        @Parameters(arity = '0..*', paramLabel = 'DOMAIN') List<String> domains
        Integer call() { 0 }
    }

    @Command(name = 'save')
    static class SaveCmd implements Callable<Integer> {
        @Option(names = '-c') boolean checkpoint
        @Option(names = '-p') boolean pause
        @Parameters(index = '0', paramLabel = 'DOMAIN') String domain
        @Parameters(index = '1', paramLabel = 'FILE') String file
        @Parameters(index = '2', arity = '0..1', paramLabel = 'CONFIG') String config
        Integer call() { 0 }
    }

    @Command(name = 'console')
    static class ConsoleCmd implements Callable<Integer> {
        @Option(names = '-t', paramLabel = 'pv|serial|vuart') String type
        @Parameters(index = '0', paramLabel = 'DOMAIN') String domain
        Integer call() { 0 }
    }

    @Command(name = 'cfg', subcommands = [CheckCmd, ShowCmd])
    static class CfgCmd implements Callable<Integer> {
        Integer call() { 0 }
    }

    @Command(name = 'check')
    static class CheckCmd implements Callable<Integer> {
        @Parameters(arity = '1..*', paramLabel = 'FILE') List<String> files
        Integer call() { 0 }
    }

    @Command(name = 'show')
    static class ShowCmd implements Callable<Integer> {
        @Option(names = '--raw') boolean raw
        @Parameters(index = '0', paramLabel = 'FILE') String file
        Integer call() { 0 }
    }

    @Command(name = 'xl')
    static class XlCmd implements Callable<Integer> {
        @Parameters(arity = '0..*', paramLabel = 'ARGS') List<String> args
        Integer call() { 0 }
    }

    static CommandLine table() {
        new CommandLine(new Root())
    }
}
