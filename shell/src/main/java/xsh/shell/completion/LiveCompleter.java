package xsh.shell.completion;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import xsh.cfg.cpupool.Scheduler;
import xsh.shell.completion.Argument.Kind;

/**
 * Tab at the {@code xsh>} prompt: command names, each command's options, and for its arguments
 * what the host has now ({@link LiveState}) or the files of the working directory, by what the
 * argument is ({@link ArgumentTable}, {@link ZfsArguments}). Only the command after the last
 * {@code ;} counts, and {@code xl CMD ...} completes as {@code CMD ...} does.
 */
final class LiveCompleter implements Completer {

    /** The word that runs the rest of the line as xl would. */
    static final String XL = "xl";

    /** xsh's commands that xl does not have, left out after {@code xl}. */
    private static final Set<String> NOT_XL = Set.of("zfs", "truncate", "host", "hosts", "connect", "cfg", "exit", "clear", XL);

    private static final Set<String> CONFIG = Set.of(".cfg");
    private static final Set<String> SAVE = Set.of(".save");
    private static final Set<String> CONFIG_OR_SAVE = Set.of(".cfg", ".save");

    private final CommandLine root;
    private final LiveState state;
    private final Supplier<Path> workingDirectory;

    LiveCompleter(CommandLine root, LiveState state, Supplier<Path> workingDirectory) {
        this.root = root;
        this.state = state;
        this.workingDirectory = workingDirectory;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        List<String> before = lastCommand(line.words().subList(0, line.wordIndex()));
        String word = line.word().substring(0, line.wordCursor());
        boolean underXl = !before.isEmpty() && before.get(0).equals(XL);
        if (underXl) {
            before = withoutXlOptions(before.subList(1, before.size()));
            if (!before.isEmpty() && NOT_XL.contains(before.get(0))) {
                return; // xl has no such command
            }
        }
        CommandWords at = CommandWords.read(root, before);
        if (at.pendingOption() != null) {
            addArgument(ArgumentTable.optionValue(at.spec(), at.pendingOption()), word, candidates);
        } else if (!at.optionsEnded() && word.startsWith("-")) {
            addOptionOrValue(at, word, candidates);
        } else if (at.positionals().isEmpty() && !at.command().getSubcommands().isEmpty()) {
            addSubcommands(at.command(), underXl && at.command() == root, candidates);
        } else if (isZfsCommand(at.command())) {
            addArgument(ZfsArguments.next(at.command().getCommandName(), at.words()), word, candidates);
        } else {
            addArgument(ArgumentTable.positional(at.spec(), at.positionals().size()), word, candidates);
        }
    }

    /** The words of the command being typed: those after the last {@code ;}. */
    private static List<String> lastCommand(List<String> words) {
        for (int i = words.size() - 1; i >= 0; i--) {
            if (words.get(i).endsWith(";")) {
                return words.subList(i + 1, words.size());
            }
        }
        return words;
    }

    /** xl's global options ({@code -v}, {@code -N}, ...) before its command name take no value. */
    private static List<String> withoutXlOptions(List<String> words) {
        int first = 0;
        while (first < words.size() && words.get(first).startsWith("-")) {
            first++;
        }
        return words.subList(first, words.size());
    }

    private static boolean isZfsCommand(CommandLine command) {
        return ArgumentTable.name(command.getCommandSpec()).startsWith("zfs ");
    }

    private void addOptionOrValue(CommandWords at, String word, List<Candidate> candidates) {
        int equals = word.indexOf('=');
        if (equals > 0) {
            OptionSpec option = at.spec().findOption(word.substring(0, equals));
            if (option != null && CommandWords.takesValue(option)) {
                List<Candidate> values = new ArrayList<>();
                addArgument(ArgumentTable.optionValue(at.spec(), option), word.substring(equals + 1), values);
                String prefix = word.substring(0, equals + 1);
                values.forEach(c -> candidates.add(new Candidate(prefix + c.value(), c.displ(), c.group(), c.descr(),
                        c.suffix(), c.key(), c.complete())));
            }
            return;
        }
        for (OptionSpec option : at.spec().options()) {
            if (!option.hidden()) {
                for (String name : option.names()) {
                    candidates.add(new Candidate(name));
                }
            }
        }
    }

    private static void addSubcommands(CommandLine command, boolean xlOnly, List<Candidate> candidates) {
        for (Map.Entry<String, CommandLine> sub : command.getSubcommands().entrySet()) {
            if (!sub.getValue().getCommandSpec().usageMessage().hidden() && !(xlOnly && NOT_XL.contains(sub.getKey()))) {
                candidates.add(new Candidate(sub.getKey()));
            }
        }
    }

    private void addArgument(Argument argument, String word, List<Candidate> candidates) {
        switch (argument.kind()) {
            case DOMAIN -> addDomains(argument.filter(), word, !word.isEmpty() && isDigits(word), candidates);
            case DOMAIN_ID -> addDomains(argument.filter(), word, true, candidates);
            case CONFIG_FILE -> FileCandidates.add(word, CONFIG, workingDirectory.get(), candidates);
            case SAVE_FILE -> FileCandidates.add(word, SAVE, workingDirectory.get(), candidates);
            case CONFIG_OR_SAVE_FILE -> FileCandidates.add(word, CONFIG_OR_SAVE, workingDirectory.get(), candidates);
            case ANY_FILE -> FileCandidates.add(word, Set.of(), workingDirectory.get(), candidates);
            case CONFIG_FILE_OR_POOL_SETTING -> addPoolSettings(word, candidates);
            case POOL -> addWords(state.domains().pools(), word, candidates);
            case HOST -> addWords(state.hostNames(), word, candidates);
            case MIGRATION_TARGET -> addWords(state.migrationTargets(), word, candidates);
            case DATASET, SNAPSHOT, DATASET_OR_SNAPSHOT, NEW_DATASET, NEW_SNAPSHOT ->
                    DatasetCandidates.add(argument.kind(), word, state.datasets(), candidates);
            case COMMAND -> addSubcommands(root, false, candidates);
            case WORDS -> addWords(argument.words(), word, candidates);
            case NOTHING -> {
            }
        }
    }

    /** Names, or domids when the word is a number (or the argument wants an id), of the domains the filter takes. */
    private void addDomains(DomainFilter filter, String word, boolean ids, List<Candidate> candidates) {
        for (DomainEntry domain : state.domains().domains()) {
            String value = ids ? Integer.toString(domain.domid()) : domain.name();
            if (value.startsWith(word) && filter.test(domain)) {
                candidates.add(ids ? new Candidate(value, value, null, domain.name(), null, null, true)
                        : new Candidate(value));
            }
        }
    }

    /** cpupool-create's FILE|KEY=VALUE: configuration files, and the settings with the schedulers for sched=. */
    private void addPoolSettings(String word, List<Candidate> candidates) {
        if (word.startsWith("sched=")) {
            for (Scheduler scheduler : Scheduler.values()) {
                if (scheduler.isAvailable()) {
                    candidates.add(new Candidate("sched=" + scheduler.libxlName()));
                }
            }
            return;
        }
        for (String key : List.of("name=", "sched=", "cpus=")) {
            candidates.add(new Candidate(key, key, null, null, null, null, false));
        }
        FileCandidates.add(word, CONFIG, workingDirectory.get(), candidates);
    }

    private static void addWords(List<String> words, String word, List<Candidate> candidates) {
        for (String w : words) {
            if (w.startsWith(word)) {
                candidates.add(new Candidate(w));
            }
        }
    }

    private static boolean isDigits(String word) {
        return word.chars().allMatch(Character::isDigit);
    }
}
