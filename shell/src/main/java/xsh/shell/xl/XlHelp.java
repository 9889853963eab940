package xsh.shell.xl;

import java.util.List;
import java.util.Optional;

/** xl's help texts, from its command table: {@code xl help} and {@code xl help COMMAND}. */
final class XlHelp {

    private static final int NAME_WIDTH = 19;

    private XlHelp() {
    }

    /** {@code xl help}: every command with its description, a name too long for the column on a line of its own. */
    static String full(List<XlCommand> commands) {
        StringBuilder text = new StringBuilder("Usage xl [-vfNtT] <subcommand> [args]\n\n")
                .append("xl full list of subcommands:\n\n");
        for (XlCommand command : commands) {
            text.append(' ').append(padded(command.name())).append(' ');
            if (command.name().length() > NAME_WIDTH) {
                text.append("\n ").append(padded("")).append(' ');
            }
            text.append(command.description()).append('\n');
        }
        return text.toString();
    }

    /**
     * {@code xl help TOPIC}: the full list for none or {@code help}; else the help of the command
     * TOPIC names (abbreviations too), or that there is none.
     */
    static String topic(String topic) {
        if (topic == null || topic.equals("help")) {
            return full(XlCommandTable.COMMANDS);
        }
        Optional<XlCommand> command = XlCommandTable.lookup(topic);
        return command.map(XlHelp::command).orElse("command \"" + topic + "\" not implemented\n");
    }

    /** One command's usage, description and options, exactly as xl prints them. */
    static String command(XlCommand command) {
        String text = "Usage: xl [-vtT" + (command.modifies() ? "f" : "") + (command.canDryRun() ? "N" : "") + "] "
                + command.name() + " " + command.usage() + "\n\n" + command.description() + ".\n\n";
        return command.optionHelp() == null ? text : text + "Options:\n\n" + command.optionHelp() + "\n";
    }

    private static String padded(String name) {
        return name.length() >= NAME_WIDTH ? name : name + " ".repeat(NAME_WIDTH - name.length());
    }
}
