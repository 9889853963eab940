package xsh.shell.cfg;

import picocli.CommandLine.Command;

/** {@code cfg}: check and show xl.cfg domain configuration files. */
@Command(name = "cfg", description = "Check and show xl.cfg domain configuration files.",
        mixinStandardHelpOptions = true,
        subcommands = {CfgCheckCommand.class, CfgShowCommand.class})
public final class CfgCommand {
}
