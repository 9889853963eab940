package xsh.shell.migrate;

import java.util.ArrayList;
import java.util.List;
import xsh.error.XshException;
import xsh.shell.repl.LineWords;
import xsh.toolstack.migrate.ReceiverFlags;

/**
 * The argument vector that starts a migration's receiver, as xl's RUNE: the ssh command's
 * words, HOST, then {@code xsh migrate-receive} with xl's flags ({@code -e} without a monitor,
 * {@code -d} for {@code --debug}, {@code -p} to stay paused); with {@code -s ""}, HOST's own
 * words alone. Words are split as xsh splits a command line (sh's quoting), and no shell ever
 * reads them, so no name can add a command.
 */
public final class ReceiverCommand {

    /** The program the remote side runs. */
    static final String PROGRAM = "xsh";
    static final String COMMAND = "migrate-receive";

    private ReceiverCommand() {
    }

    /** {@code SSHCMD HOST xsh migrate-receive FLAGS}, or HOST's words alone when {@code sshCommand} is empty. */
    public static List<String> overSsh(String sshCommand, String host, ReceiverFlags flags) {
        if (sshCommand.isEmpty()) {
            return words(host, "HOST");
        }
        List<String> argv = new ArrayList<>(words(sshCommand, "-s"));
        argv.add(host);
        argv.add(PROGRAM);
        argv.addAll(receiveWords(flags));
        return List.copyOf(argv);
    }

    /** {@code migrate-receive} and xl's flags, in xl's order. */
    public static List<String> receiveWords(ReceiverFlags flags) {
        List<String> words = new ArrayList<>();
        words.add(COMMAND);
        if (!flags.monitored()) {
            words.add("-e");
        }
        if (flags.debug()) {
            words.add("-d");
        }
        if (flags.paused()) {
            words.add("-p");
        }
        return List.copyOf(words);
    }

    /** The words of one command line; {@code what} names the option in the error. */
    static List<String> words(String text, String what) {
        List<String> words = new ArrayList<>();
        for (LineWords.Word word : LineWords.of(text).words()) {
            if (word.unterminated()) {
                throw new XshException("migrate: " + what + " '" + text + "': missing closing " + word.openQuote()
                        + " quote", 1);
            }
            if (word.startsCommand() && !words.isEmpty()) {
                throw new XshException("migrate: " + what + " '" + text + "' must be one command (no ';')", 1);
            }
            words.add(word.value());
        }
        if (words.isEmpty()) {
            throw new XshException("migrate: " + what + " '" + text + "' names no command", 1);
        }
        return List.copyOf(words);
    }
}
