package xsh.shell.completion;

import static java.util.Map.entry;
import static xsh.shell.completion.Argument.domain;
import static xsh.shell.completion.Argument.of;
import static xsh.shell.completion.Argument.words;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import xsh.shell.completion.Argument.Kind;

/**
 * What each command's arguments are, for Tab: by command and positional index ({@code "save 1"},
 * {@code "create *"} for every positional) or option name ({@code "sched-credit -d"}), else by
 * the parameter's label (DOMAIN, POOL, CONFIG, FILE), so that a new command with the usual
 * labels completes without an entry here.
 */
final class ArgumentTable {

    private static final Map<String, Argument> ARGUMENTS = Map.ofEntries(
            // xl's semantics decide which domains a command takes
            entry("pause 0", domain(DomainFilter.UNPAUSED_GUEST)),
            entry("unpause 0", domain(DomainFilter.PAUSED)),
            entry("shutdown 0", domain(DomainFilter.LIVE_GUEST)),
            entry("reboot 0", domain(DomainFilter.LIVE_GUEST)),
            entry("destroy 0", domain(DomainFilter.GUEST)),
            entry("rename 0", domain(DomainFilter.GUEST)),
            entry("save 0", domain(DomainFilter.LIVE_GUEST)),
            entry("migrate 0", domain(DomainFilter.LIVE_GUEST)),
            entry("migrate 1", of(Kind.MIGRATION_TARGET)),
            entry("save 1", of(Kind.SAVE_FILE)),
            entry("save 2", of(Kind.CONFIG_FILE)),
            entry("restore 0", of(Kind.CONFIG_OR_SAVE_FILE)),
            entry("restore 1", of(Kind.SAVE_FILE)),
            entry("console 0", domain(DomainFilter.LIVE_GUEST)),
            entry("console -t", words("pv", "serial", "vuart")),
            entry("trigger 0", domain(DomainFilter.LIVE_GUEST)),
            entry("trigger 1", words("nmi", "reset", "init", "power", "sleep", "s3resume")),
            entry("sysrq 0", domain(DomainFilter.LIVE_GUEST)),
            entry("dump-core 0", domain(DomainFilter.GUEST)),
            entry("domname 0", Argument.domid(DomainFilter.ANY)),
            entry("vcpu-pin 1", words("all")),
            entry("vcpu-pin 2", words("all")),
            entry("vcpu-pin 3", words("all")),
            entry("create *", of(Kind.CONFIG_FILE)),
            entry("create -f", of(Kind.CONFIG_FILE)),
            entry("cpupool-create *", of(Kind.CONFIG_FILE_OR_POOL_SETTING)),
            entry("cpupool-create -f", of(Kind.CONFIG_FILE)),
            entry("cpupool-migrate 0", domain(DomainFilter.ANY)),
            entry("cfg check *", of(Kind.CONFIG_FILE)),
            entry("cfg show 0", of(Kind.CONFIG_FILE)),
            entry("host create 0", Argument.NOTHING), // a new host's name
            entry("truncate *", Argument.NOTHING),     // paths of the host, not of this machine
            entry("host inject 0", words("crash", "watchdog", "poweroff", "reboot", "soft_reset")),
            entry("host inject 1", domain(DomainFilter.LIVE_GUEST)),
            entry("help 0", of(Kind.COMMAND)),
            entry("connect 0", of(Kind.HOST)),
            entry("zfs send --file", of(Kind.ANY_FILE)),
            entry("zfs receive --file", of(Kind.ANY_FILE)),
            entry("--host", of(Kind.HOST)));

    private static final Map<String, Argument> BY_LABEL = Map.of(
            "DOMAIN", domain(DomainFilter.ANY),
            "NAME", domain(DomainFilter.ANY),
            "POOL", of(Kind.POOL),
            "CONFIG", of(Kind.CONFIG_FILE),
            "FILE", of(Kind.ANY_FILE));

    private ArgumentTable() {
    }

    /** The positional at {@code index} of {@code command} (any argument with no entry and an unknown label: nothing). */
    static Argument positional(CommandSpec command, int index) {
        String name = name(command);
        Argument known = ARGUMENTS.get(name + " " + index);
        if (known == null) {
            known = ARGUMENTS.get(name + " *");
        }
        if (known != null) {
            return known;
        }
        return command.positionalParameters().stream()
                .filter(p -> p.index().contains(index))
                .findFirst()
                .map(ArgumentTable::byLabel)
                .orElse(Argument.NOTHING);
    }

    /** The value of {@code option} of {@code command}. */
    static Argument optionValue(CommandSpec command, OptionSpec option) {
        String name = name(command);
        for (String optionName : option.names()) {
            Argument known = ARGUMENTS.get(name.isEmpty() ? optionName : name + " " + optionName);
            if (known != null) {
                return known;
            }
        }
        Argument byLabel = byLabel(option);
        if (byLabel != Argument.NOTHING || option.completionCandidates() == null) {
            return byLabel;
        }
        List<String> candidates = new ArrayList<>();
        option.completionCandidates().forEach(candidates::add);
        return words(candidates.toArray(String[]::new));
    }

    private static Argument byLabel(ArgSpec arg) {
        return BY_LABEL.getOrDefault(arg.paramLabel(), Argument.NOTHING);
    }

    /** The command's name below the root, e.g. {@code zfs send}; empty for the root itself. */
    static String name(CommandSpec command) {
        String qualified = command.qualifiedName(" ");
        int space = qualified.indexOf(' ');
        return space < 0 ? "" : qualified.substring(space + 1);
    }
}
