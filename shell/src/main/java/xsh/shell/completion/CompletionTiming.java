package xsh.shell.completion;

import java.time.Duration;

/**
 * How fresh completion keeps the host's state, and how long a Tab may wait for it.
 *
 * @param maxAge           older than this, a Tab is served what is cached and a refresh starts behind it
 * @param firstWait        how long the first Tab on a host waits for the first read (then it offers nothing);
 *                         a first read in a new process loads the database driver, which may take a second
 * @param afterCommandWait how long a Tab waits for a read that started after the last command ran, rather
 *                         than offer what was there before it; usually that read has finished already,
 *                         started when the prompt came back
 * @param promptPoll       how often the prompt is looked at, to start that read when it comes back
 * @param warmUpDelay      when, after the REPL has made its completer, the host is first read
 */
record CompletionTiming(Duration maxAge, Duration firstWait, Duration afterCommandWait, Duration promptPoll,
                        Duration warmUpDelay) {

    static final CompletionTiming DEFAULT = new CompletionTiming(Duration.ofMillis(1500), Duration.ofSeconds(3),
            Duration.ofSeconds(1), Duration.ofMillis(100), Duration.ZERO);
}
