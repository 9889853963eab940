package xsh.shell.zfs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether stdin or stdout alone is a terminal, as isatty(3) says, for {@code zfs send} and
 * {@code zfs receive}, which refuse to write or read a stream there. Java only says whether
 * both are; Linux's /proc names the device behind each descriptor, elsewhere {@code test -t}
 * is asked with the descriptor inherited.
 */
final class StandardStreams {

    private StandardStreams() {
    }

    static boolean stdinIsTerminal() {
        return isTerminal(0);
    }

    static boolean stdoutIsTerminal() {
        return isTerminal(1);
    }

    private static boolean isTerminal(int fd) {
        Path link = Path.of("/proc/self/fd/" + fd);
        if (Files.isSymbolicLink(link)) {
            try {
                String target = Files.readSymbolicLink(link).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
            } catch (IOException e) {
                return false;
            }
        }
        try {
            ProcessBuilder test = new ProcessBuilder("test", "-t", Integer.toString(fd));
            if (fd == 0) {
                test.redirectInput(ProcessBuilder.Redirect.INHERIT);
            } else {
                test.redirectOutput(ProcessBuilder.Redirect.INHERIT);
            }
            return test.start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
