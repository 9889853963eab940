package xsh.shell.xl;

/**
 * One entry of xl's command table ({@code xl_cmdtable.c}): what {@code xl help} prints for the
 * command, whether it accepts the global {@code -N}, and how its arguments are parsed.
 *
 * @param name        the command's name, to which any unambiguous prefix also leads
 * @param canDryRun   accepts the global {@code -N}; help shows {@code N}
 * @param modifies    changes the host; help shows {@code f}
 * @param description one sentence, without its final period
 * @param usage       what follows the name in help's {@code Usage:} line
 * @param optionHelp  the text under help's {@code Options:}, or null for none
 * @param syntax      how its arguments are parsed, or null: xl gives them to the command untouched
 */
record XlCommand(String name, boolean canDryRun, boolean modifies, String description, String usage,
                 String optionHelp, OptionSyntax syntax) {

    /** What {@code -h} and the arity message name: the command, unless its syntax names another topic. */
    String helpTopic() {
        return syntax != null && syntax.helpTopic() != null ? syntax.helpTopic() : name;
    }
}
