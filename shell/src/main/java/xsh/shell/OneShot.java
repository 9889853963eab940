package xsh.shell;

import java.util.Arrays;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import xsh.shell.backend.HostConnector;

/**
 * {@code xsh [GLOBAL OPTIONS] -c 'CMD; CMD...'} recognised without building xsh's command table
 * for it. Building the table (every command, every option) is most of what a one-shot costs
 * before its commands run, and the commands need a table of their own anyway, made from the
 * parsed global options. So xsh's arguments are first parsed against the global options and
 * {@code -c} alone, with the table's parser settings; when anything else is there (a command,
 * {@code --help}) or anything is wrong, {@link #parse} gives up and the whole table parses the
 * arguments, and reports their errors, as always.
 */
@Command(name = "xsh")
final class OneShot {

    /** {@link XshCommand}'s {@code -c}. */
    @Option(names = "-c")
    private String commands;

    @Mixin
    private GlobalOptions globals = new GlobalOptions();

    private OneShot() {
    }

    /** The one-shot that {@code args} are, with their global options; empty for any other command line. */
    static Optional<OneShot> parse(String[] args) {
        // the cheap test first: without -c (alone or as -cTEXT) it is not a one-shot
        if (Arrays.stream(args).noneMatch(arg -> arg.startsWith("-c"))) {
            return Optional.empty();
        }
        OneShot oneShot = new OneShot();
        CommandLine parser = new CommandLine(oneShot)
                .setAllowOptionsAsOptionParameters(true)
                .setExpandAtFiles(false);
        try {
            parser.parseArgs(args);
        } catch (ParameterException e) {
            return Optional.empty();
        }
        return oneShot.commands == null ? Optional.empty() : Optional.of(oneShot);
    }

    /** Runs the commands on {@code hosts}; returns xsh's exit code. */
    int run(HostConnector hosts) {
        ErrorReporter errors = new ErrorReporter(System.err, globals::debug, ErrorReporter.Audience.COMMAND_LINE);
        try {
            return XshCommand.runCommands(globals, commands, hosts);
        } catch (RuntimeException | Error e) {
            return errors.report(e);
        }
    }
}
