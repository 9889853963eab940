package xsh.shell.xl;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Model.OptionSpec;
import xsh.shell.GlobalOptions;
import xsh.toolstack.getopt.Getopt;
import xsh.toolstack.getopt.LongOption;

/**
 * {@code xsh xl ARGS...}: xl's command line, byte for byte, in front of xsh's commands. Its
 * global options ({@code getopt("+vftTN")}), the table lookup with abbreviations, the global
 * {@code -N} check, {@code help}, each command's getopt_long parsing with {@code -h} and the
 * arity check, and their messages and exit codes are xl's. What is left, the options (by
 * letter) and the operands, goes to xsh's command of the same name, run as xl runs it: xl's
 * quirks, plain text.
 * A command xsh does not have is {@code command not implemented}, as for a name xl lacks.
 */
public final class XlFrontEnd {

    /** The word that selects this front end: {@code xsh xl ...}, or bin/xsh started as {@code xl}. */
    public static final String NAME = "xl";

    private static final String GLOBAL_OPTIONS = "+vftTN";
    /**
     * What ends the options handed to xsh's command. Not {@code --}, which picocli would refuse
     * as an option's argument ({@code xl create -f --}): a NUL, which no argument can contain.
     */
    private static final String OPERANDS_FOLLOW = "\0";

    private final CommandLine xsh;
    private final GlobalOptions globals;
    private final PrintStream out;
    private final PrintStream err;

    /**
     * @param xsh     xsh's command table, whose options land in {@code globals}
     * @param out     where xl's help goes (the commands write to the table's own writers)
     * @param err     where xl's messages go
     */
    public XlFrontEnd(CommandLine xsh, GlobalOptions globals, PrintStream out, PrintStream err) {
        this.xsh = xsh
                .setColorScheme(CommandLine.Help.defaultColorScheme(Ansi.OFF))
                .setExpandAtFiles(false) // to xl, @file is an ordinary word
                .setEndOfOptionsDelimiter(OPERANDS_FOLLOW)
                .setAllowOptionsAsOptionParameters(true) // -f -p: -p is -f's argument, as getopt took it
                .setOverwrittenOptionsAllowed(true) // as getopt: a repeated option is taken again
                .setUnmatchedArgumentsAllowed(true); // as xl's commands: operands past the last used are ignored
        this.globals = globals;
        this.out = out;
        this.err = err;
    }

    /** Runs xl with these arguments (those after {@code xl}); returns xl's exit code. */
    public int run(List<String> args) {
        try {
            return dispatch(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private int dispatch(List<String> args) {
        Getopt.Result global = Getopt.parse(args, GLOBAL_OPTIONS);
        if (global.failure().isPresent()) {
            // glibc's own message (the global getopt prints its errors), then xl's
            err.print("xl: invalid option -- '" + letter(global.failure().get().optopt()) + "'\n");
            err.print("unknown global option\n");
            return 1;
        }
        if (global.operands().isEmpty()) {
            out.print(XlHelp.full(XlCommandTable.COMMANDS));
            return 1;
        }
        // -t and -T change only how xl logs, -f nothing at all: xsh's commands log as xl does by default;
        // -v is handed on to a real Dom0's xl (the xen backend), which logs more for each
        boolean dryRun = global.options().stream().anyMatch(o -> o.code() == 'N');
        globals.addVerbosity((int) global.options().stream().filter(o -> o.code() == 'v').count());
        String word = global.operands().get(0);
        List<String> rest = global.operands().subList(1, global.operands().size());
        Optional<XlCommand> command = XlCommandTable.lookup(word);
        if (command.isPresent()) {
            if (dryRun && !command.get().canDryRun()) {
                err.print("command does not implement -N (dryrun) option\n");
                return 1;
            }
            return run(command.get(), rest, dryRun);
        }
        if (word.equals("help")) {
            out.print(XlHelp.topic(rest.isEmpty() ? null : rest.get(0)));
            return 0;
        }
        return notImplemented();
    }

    private int run(XlCommand command, List<String> args, boolean dryRun) {
        OptionSyntax syntax = command.syntax();
        if (syntax == null) {
            return execute(command, List.of(), args, dryRun);
        }
        List<String> rest = args;
        String domain = null;
        if (syntax.domainFirst()) {
            if (args.isEmpty()) {
                err.print("xl " + command.name() + " requires a domain argument\n");
                return help(command.name(), 1);
            }
            domain = args.get(0);
            rest = args.subList(1, args.size());
        }
        String leadingOperand = null;
        if (syntax.leadingOperandOption() != 0 && !rest.isEmpty()
                && !rest.get(0).startsWith("-") && !rest.get(0).contains("=")) {
            leadingOperand = rest.get(0);
            rest = rest.subList(1, rest.size());
        }
        // xl's options stop at the first operand: glibc keeps the "+" ordering of xl's global
        // getopt call when xl resets optind for the command, so `xl destroy 0 -f` leaves -f an
        // operand and `xl create -n b.cfg -q` is a usage error, as on a real Dom0.
        Getopt.Result parsed = Getopt.parse(rest, "+" + syntax.getoptShortOptions(), syntax.getoptLongOptions());
        if (parsed.options().stream().anyMatch(o -> o.code() == 'h')) {
            return help(command.helpTopic(), 0);
        }
        if (parsed.failure().isPresent()) {
            int optopt = parsed.failure().get().optopt();
            if (optopt == 'h') {
                return help(command.helpTopic(), 0);
            }
            return notSupported(optopt);
        }
        int required = syntax.requiredOperands();
        if (parsed.operands().size() < required) {
            err.print("'xl " + command.helpTopic() + "' requires at least " + required + " argument"
                    + (required > 1 ? "s" : "") + ".\n\n");
            return help(command.helpTopic(), 2);
        }
        List<String> operands = parsed.operands();
        if (leadingOperand != null && parsed.options().stream().noneMatch(o -> o.code() == syntax.leadingOperandOption())) {
            operands = new ArrayList<>(operands);
            operands.add(0, leadingOperand);
        }
        if (domain != null) {
            operands = new ArrayList<>(operands);
            operands.add(0, domain);
        }
        return execute(command, parsed.options(), operands, dryRun);
    }

    /** Runs xsh's command: {@code NAME -x -y=ARG --long NUL OPERANDS...}. */
    private int execute(XlCommand command, List<Getopt.Option> options, List<String> operands, boolean dryRun) {
        CommandLine target = xsh.getSubcommands().get(command.name());
        if (target == null) {
            return notImplemented();
        }
        List<String> words = new ArrayList<>();
        words.add(command.name());
        for (Getopt.Option option : options) {
            String name = LongOption.isLetter(option.code())
                    ? "-" + (char) option.code()
                    : "--" + command.syntax().longOption(option.code()).orElseThrow().name();
            OptionSpec xshOption = target.getCommandSpec().optionsMap().get(name);
            if (xshOption == null || xshOption.usageHelp() || xshOption.versionHelp()) {
                return notSupported(option.code()); // an xl option xsh's command lacks (create -V is not --version)
            }
            words.add(option.argument() == null ? name : name + "=" + option.argument());
        }
        words.add(OPERANDS_FOLLOW);
        words.addAll(operands);
        globals.actAsXl(dryRun);
        try {
            return xsh.execute(words.toArray(String[]::new));
        } finally {
            xsh.getOut().flush();
            xsh.getErr().flush();
        }
    }

    private int help(String topic, int exitCode) {
        out.print(XlHelp.topic(topic));
        return exitCode;
    }

    private int notSupported(int optopt) {
        err.print("option `" + letter(optopt) + "' not supported.\n");
        return 2;
    }

    private int notImplemented() {
        err.print("command not implemented\n");
        return 1;
    }

    /** The byte C's {@code %c} prints for an int: its low 8 bits (a NUL for a long option getopt could not name). */
    private static char letter(int code) {
        return (char) (code & 0xff);
    }
}
