package xsh.shell.completion;

import java.time.Duration;

/**
 * How fresh completion keeps the host's state, and how long a Tab may wait for it.
 *
 * @param maxAge           older than this, a Tab is served what is cached and a refresh starts behind it
 * @param firstWait        how long the first Tab on a host waits for the first read (then it offers nothing);
 *                         a first read in a new process loads the database driver, which may take a second
 * @param afterCommandWait how long a Tab waits for the read that started when the last command ended, rather
 *                         than offer what was there before it; usually that read has landed already, while
 *                         the prompt came back and the user typed
 * @param warmUpDelay      when, after the REPL has made its completer, the host is first read
 */
record CompletionTiming(Duration maxAge, Duration firstWait, Duration afterCommandWait, Duration warmUpDelay) {

    static final CompletionTiming DEFAULT = new CompletionTiming(Duration.ofMillis(1500), Duration.ofSeconds(3),
            Duration.ofSeconds(1), Duration.ZERO);
}
