package xsh.shell;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.OptionSpec;

/**
 * xsh's command table, built whole or as far as the command lines it parses need it. Building
 * a command's model (its options, their help, its subcommands) is most of what a one-shot costs
 * before it runs, and {@code xsh -c list} needs one command of ~50. Built on demand, the table
 * adds the command a line names just before parsing the line, with the settings the root has
 * then, as the whole table's commands have them; a line that names no known command, or names one
 * that shows the table itself (help), makes it whole first, so that usage, errors and their
 * suggestions read every command, in the table's order.
 */
final class CommandTable extends CommandLine {

    private final List<Class<?>> commands;
    private final Set<Class<?>> tableReaders;
    /** The commands added so far, by class. */
    private final Map<Class<?>, CommandLine> added = new LinkedHashMap<>();
    /** The names (and aliases) of the commands whose annotation was read so far; read in order, on demand. */
    private final Map<String, Class<?>> named = new LinkedHashMap<>();
    private int namesRead;
    private boolean whole;

    private CommandTable(Object root, List<Class<?>> commands, Set<Class<?>> tableReaders) {
        super(root);
        this.commands = List.copyOf(commands);
        this.tableReaders = Set.copyOf(tableReaders);
    }

    /** The table with every one of {@code commands}, in their order. */
    static CommandTable whole(Object root, List<Class<?>> commands) {
        CommandTable table = new CommandTable(root, commands, Set.of());
        table.makeWhole();
        return table;
    }

    /**
     * The table that adds each command when a command line names it; {@code tableReaders} are
     * the commands that read the table itself, which make it whole.
     */
    static CommandTable onDemand(Object root, List<Class<?>> commands, Set<Class<?>> tableReaders) {
        return new CommandTable(root, commands, tableReaders);
    }

    /** Whether every command is in the table. */
    boolean isWhole() {
        return whole;
    }

    @Override
    public ParseResult parseArgs(String... args) {
        addCommandsFor(args);
        return super.parseArgs(args);
    }

    /** Adds what parsing {@code args} needs: the command they name, or every command. */
    void addCommandsFor(String... args) {
        if (whole || args.length == 0) {
            return;
        }
        String word = commandWord(args);
        Class<?> command = word == null ? null : commandNamed(word);
        if (command == null || tableReaders.contains(command)) {
            makeWhole();
        } else if (!added.containsKey(command)) {
            add(command);
        }
    }

    /**
     * The first word that is not one of the root's options or their values: the command's
     * name, if it names one; null when there is none, or an option the root does not have
     * comes first (whose error message offers every command).
     */
    private String commandWord(String[] args) {
        int at = commandWordIndex(args);
        return at < 0 ? null : args[at];
    }

    /** Where {@link #commandWord} is in {@code args}; -1 when there is none. */
    int commandWordIndex(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("-")) {
                return i;
            }
            int equals = arg.indexOf('=');
            OptionSpec option = getCommandSpec().findOption(equals < 0 ? arg : arg.substring(0, equals));
            if (option == null || !arg.startsWith("--") && equals >= 0) {
                return -1;
            }
            if (equals < 0 && option.arity().max() > 0) {
                i++; // its value, which may look like a command's name
            }
        }
        return -1;
    }

    /** The command of that name or alias, reading the commands' names as far as needed. */
    private Class<?> commandNamed(String word) {
        while (!named.containsKey(word) && namesRead < commands.size()) {
            Class<?> command = commands.get(namesRead++);
            Command annotation = command.getAnnotation(Command.class);
            named.putIfAbsent(annotation.name(), command);
            for (String alias : annotation.aliases()) {
                named.putIfAbsent(alias, command);
            }
        }
        return named.get(word);
    }

    /** Adds every command, in the table's order: the ones added already are taken out and put back in place. */
    private void makeWhole() {
        whole = true;
        List<CommandLine> built = new ArrayList<>(added.values());
        for (CommandLine command : built) {
            getCommandSpec().removeSubcommand(command.getCommandName());
        }
        for (Class<?> command : commands) {
            CommandLine sub = added.get(command);
            if (sub == null) {
                add(command);
            } else {
                addSubcommand(sub);
            }
        }
    }

    private void add(Class<?> command) {
        CommandLine sub = new CommandLine(command); // applies its model transformer, as the root's constructor does
        addSubcommand(sub);
        inheritSettings(sub);
        added.put(command, sub);
    }

    /**
     * Gives a command added after the table was configured the settings that picocli's setters
     * hand down to every command already there (and to their subcommands); the parser settings
     * picocli reads from the root alone need nothing.
     */
    private void inheritSettings(CommandLine sub) {
        sub.setOut(getOut());
        sub.setErr(getErr());
        sub.setColorScheme(getColorScheme());
        sub.setExecutionStrategy(getExecutionStrategy());
        sub.setParameterExceptionHandler(getParameterExceptionHandler());
        sub.setExecutionExceptionHandler(getExecutionExceptionHandler());
        if (getExitCodeExceptionMapper() != null) {
            sub.setExitCodeExceptionMapper(getExitCodeExceptionMapper());
        }
        sub.setAllowOptionsAsOptionParameters(getCommandSpec().parser().allowOptionsAsOptionParameters());
        sub.setAllowSubcommandsAsOptionParameters(getCommandSpec().parser().allowSubcommandsAsOptionParameters());
    }
}
