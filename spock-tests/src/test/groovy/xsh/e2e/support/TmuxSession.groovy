package xsh.e2e.support

import java.util.concurrent.TimeUnit

/**
 * A program in a real terminal: a detached tmux session on a private server socket, so specs
 * can type keys and read the screen. {@link #close} kills the whole private server and removes
 * its socket.
 */
class TmuxSession implements Closeable {

    static boolean available() {
        try {
            def process = new ProcessBuilder('tmux', '-V').redirectErrorStream(true).start()
            process.inputStream.text
            process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0
        } catch (IOException ignored) {
            false
        }
    }

    final String socket = "xsh-spec-${UUID.randomUUID()}"
    private static final String TARGET = 'xsh'
    private File statusFile
    private File socketFile

    /**
     * Runs {@code command} (an argument vector) in a new 120x30 session. A small sh wrapper
     * records its exit status in a file: tmux 3.3 sometimes misses the exit of a pane's process
     * and leaves #{pane_dead_status} empty. The wrapper defers SIGINT, so Ctrl-C reaches only
     * the program, as it would from an interactive shell.
     */
    TmuxSession start(File workDir, Map<String, String> environment, List<String> command) {
        statusFile = File.createTempFile('tmux-status', '.txt', workDir)
        statusFile.delete()
        def env = environment.collectMany { k, v -> ['-e', "$k=$v".toString()] }
        def wrapper = ['sh', '-c', 'trap : INT; "$@"; echo "$?" > "$0"', statusFile.path]
        tmux(['new-session', '-d', '-s', TARGET, '-x', '120', '-y', '30', '-c', workDir.path] + env + wrapper + command)
        socketFile = new File(tmux(['display-message', '-p', '#{socket_path}']).trim())
        this
    }

    /** Sends tmux key names or literal text, e.g. {@code keys('help', 'Enter')}. */
    void keys(String... keys) {
        tmux(['send-keys', '-t', TARGET] + (keys as List))
    }

    /** The visible screen, trailing blank lines removed. */
    String screen() {
        tmux(['capture-pane', '-p', '-t', TARGET]).replaceAll(/\s+\z/, '')
    }

    /** Waits until the screen satisfies {@code condition}; fails with the screen if it never does. */
    String waitForScreen(long seconds = 20, Closure<Boolean> condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds)
        String last = ''
        while (System.nanoTime() < deadline) {
            last = screen()
            if (condition(last)) {
                return last
            }
            sleep(50)
        }
        throw new AssertionError("the terminal never showed what was awaited; it shows:\n$last")
    }

    /** Waits for the program to end; returns its exit status. */
    int waitForExit(long seconds = 30) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds)
        while (System.nanoTime() < deadline) {
            String status = statusFile.exists() ? statusFile.text : ''
            if (status.endsWith('\n')) {
                return status.trim() as int
            }
            sleep(50)
        }
        throw new AssertionError("the program is still running; the terminal shows:\n${screen()}")
    }

    @Override
    void close() {
        try {
            tmux(['kill-server'])
        } catch (AssertionError ignored) {
            // the server is gone already
        }
        socketFile?.delete()   // a tmux server leaves its socket file behind
    }

    private String tmux(List<String> args) {
        def builder = new ProcessBuilder(['tmux', '-L', socket, '-f', '/dev/null'] + args).redirectErrorStream(true)
        builder.environment().remove('TMUX')
        def process = builder.start()
        def output = process.inputStream.getText('UTF-8')
        if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly()
            throw new AssertionError("tmux ${args} failed: $output")
        }
        output
    }
}
