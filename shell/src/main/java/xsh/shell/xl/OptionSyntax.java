package xsh.shell.xl;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import xsh.toolstack.getopt.LongOption;

/**
 * How xl parses one command's arguments, as its {@code SWITCH_FOREACH_OPT(opt, OPTS, LONGOPTS,
 * TOPIC, REQUIRED)} says: the short options, the long options, how many operands it needs, and
 * the help topic its {@code -h} and arity message name (the command's name, except where xl
 * wrote another).
 *
 * @param shortOptions        getopt's option string, without the {@code h} xl adds
 * @param longOptions         without the {@code --help} xl adds
 * @param requiredOperands    fewer operands: {@code 'xl TOPIC' requires at least N arguments.}
 * @param helpTopic           what {@code -h} looks up in the table; null for the command's name
 * @param leadingOperandOption for {@code create}: a first argument that is neither an option nor
 *                            {@code key=value} is the configuration file, taken before the options
 *                            are parsed, and this option's argument replaces it; 0 for no such rule
 * @param domainFirst         for {@code config-update}: the first argument, whatever it is, is the
 *                            domain, taken before anything else; without one the command fails
 *                            with {@code xl NAME requires a domain argument}
 */
record OptionSyntax(String shortOptions, List<LongOption> longOptions, int requiredOperands, String helpTopic,
                    int leadingOperandOption, boolean domainFirst) {

    /** The {@code --help} xl adds to every command ({@code COMMON_LONG_OPTS}). */
    static final LongOption HELP = new LongOption("help", false, 'h');

    OptionSyntax {
        longOptions = List.copyOf(longOptions);
    }

    /** The option string getopt_long is given: {@code h} first, as xl's macro puts it. */
    String getoptShortOptions() {
        return "h" + shortOptions;
    }

    /** The long options getopt_long is given, with {@code --help} last. */
    List<LongOption> getoptLongOptions() {
        List<LongOption> all = new ArrayList<>(longOptions);
        all.add(HELP);
        return all;
    }

    /** The long option with this code, if the command has one. */
    Optional<LongOption> longOption(int code) {
        return longOptions.stream().filter(o -> o.code() == code).findFirst();
    }

    OptionSyntax withLeadingOperandReplacedBy(int option) {
        return new OptionSyntax(shortOptions, longOptions, requiredOperands, helpTopic, option, domainFirst);
    }

    OptionSyntax withDomainFirst() {
        return new OptionSyntax(shortOptions, longOptions, requiredOperands, helpTopic, leadingOperandOption, true);
    }
}
