package xsh.shell.script;

import groovy.lang.Closure;
import groovy.lang.DelegatesTo;
import groovy.transform.NamedParam;
import groovy.transform.NamedParams;
import groovy.transform.stc.ClosureParams;
import groovy.transform.stc.SimpleType;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import org.codehaus.groovy.runtime.typehandling.DefaultTypeTransformation;
import xsh.error.XshException;
import xsh.shell.dsl.DurationText;
import xsh.shell.dsl.NamedArguments;
import xsh.shell.dsl.XshDsl;

/**
 * What every {@code .xsh} script is: the DSL's commands ({@link XshDsl}) and the built-ins of
 * the language around them: {@code args}, {@code load}, {@code every}, {@code sleep},
 * {@code waitUntil}, {@code epoch()}, {@code now()}, and {@code xsh 'COMMAND LINE'}. Waiting goes
 * through the script's {@link ScriptClock}, and Ctrl-C during a wait ends the script with
 * {@link ScriptInterrupted} after its {@code finally} blocks ran.
 */
public abstract class XshScript extends XshDsl {

    /** The binding variable that holds the script's {@link ScriptClock}; the system's when unset. */
    public static final String CLOCK = "xshClock";

    /** The binding variable with the script's arguments, a String[] (Groovy's own name for them). */
    public static final String ARGS = "args";

    private static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(1);
    private static final Duration DEFAULT_POLL = Duration.ofSeconds(1);

    /** Who loads the scripts this one loads; null for a script not run from a file. */
    private ScriptRunner runner;
    /** The script's file, whose directory {@code load} starts from; null: the working directory. */
    private Path file;

    void attach(ScriptRunner runner, Path file) {
        this.runner = runner;
        this.file = file;
    }

    /** The arguments after the script's name on xsh's command line. */
    public String[] getArgs() {
        Object args = getBinding().hasVariable(ARGS) ? getBinding().getVariable(ARGS) : null;
        return args instanceof String[] strings ? strings : new String[0];
    }

    /**
     * Runs another script file, relative to this script's directory, with the same variables
     * (those assigned without {@code def}), arguments and host. The methods it defines become
     * callable here by name. Returns the loaded script.
     */
    public Object load(String path) {
        if (runner == null) {
            throw new XshException("load: " + path + ": scripts can be loaded from a script file or the REPL only", 1);
        }
        // this script's path is as xsh was given it, so the loaded one's is too: named so in messages
        Path target = file == null || file.getParent() == null ? Path.of(path) : file.getParent().resolve(path);
        return runner.load(getBinding(), target);
    }

    /** {@code exit 0}: ends the script with that exit code; {@code finally} blocks still run. */
    public void exit(int code) {
        exit(code, "");
    }

    /**
     * {@code exit 2, 'usage: …'}: ends the script with that exit code, the message on stderr as
     * it is (no file and line: a usage line or a summary, not a failure's place).
     */
    public void exit(int code, Object message) {
        if (code < 0 || code > 255) {
            throw new XshException("exit: the code must be 0 to 255, not " + code, 1);
        }
        throw new ScriptExit(code, String.valueOf(message));
    }

    /** Whether {@code --dry-run} is in effect: changes print themselves and return null. */
    public boolean isDryRun() {
        return context().dryRun();
    }

    /** Seconds since 1970-01-01 UTC, as {@code date +%s}: names such as {@code "d-${epoch()}.save"}. */
    public long epoch() {
        return clock().now().getEpochSecond();
    }

    /** The date and time here. */
    public ZonedDateTime now() {
        return ZonedDateTime.ofInstant(clock().now(), ZoneId.systemDefault());
    }

    /** Waits; Ctrl-C ends the script ({@link ScriptInterrupted}). */
    public void sleep(Duration duration) {
        try {
            clock().sleep(duration);
        } catch (InterruptedException e) {
            throw new ScriptInterrupted();
        }
    }

    /** {@code sleep 500}: milliseconds, as Groovy's sleep; unlike Groovy's, Ctrl-C ends it. */
    public void sleep(long milliseconds) {
        sleep(Duration.ofMillis(milliseconds));
    }

    /**
     * Runs {@code body} now and then every {@code period}, on a fixed rate: run n starts at
     * {@code n * period} after the first whatever the runs took, and a run that overran skips the
     * starts it missed. The closure may take the run's index (0, 1...). Named arguments:
     * {@code times:} how many runs (forever unless given), {@code until:} a closure asked after
     * each run, which stops the runs once true. Returns how many runs there were.
     */
    public int every(@NamedParams({
                        @NamedParam(value = "times", type = Integer.class),
                        @NamedParam(value = "until", type = Closure.class)}) Map<String, ?> options,
                     Duration period,
                     @DelegatesTo(value = XshScript.class, strategy = Closure.OWNER_FIRST)
                     @ClosureParams(value = SimpleType.class, options = "int") Closure<?> body) {
        NamedArguments.of(XshScript.class, "every", options);
        Integer times = ScriptArguments.count("every", options, "times");
        Closure<?> until = ScriptArguments.closure("every", options, "until");
        if (period.isNegative() || period.isZero()) {
            throw new XshException("every: the period must be positive: " + DurationText.of(period), 1);
        }
        ScriptClock clock = clock();
        FixedRate rate = new FixedRate(clock.nanoTime(), period.toNanos());
        int runs = 0;
        long slot = 0;
        while (times == null || runs < times) {
            call(body, runs);
            runs++;
            if (times != null && runs >= times || until != null && truthy(call(until))) {
                break;
            }
            slot = rate.nextSlot(slot, clock.nanoTime());
            sleepUntil(clock, rate.due(slot));
        }
        return runs;
    }

    /** {@code every 60.seconds, { ... }}, forever. */
    public int every(Duration period,
                     @DelegatesTo(value = XshScript.class, strategy = Closure.OWNER_FIRST)
                     @ClosureParams(value = SimpleType.class, options = "int") Closure<?> body) {
        return every(Map.of(), period, body);
    }

    /**
     * Asks {@code condition} now and then every {@code every:} (1 s unless given) until it is
     * true (Groovy truth), and returns its value; after {@code timeout:} (1 minute unless given)
     * fails with {@code waitUntil: condition not met within 30 s} (exit 1).
     */
    public Object waitUntil(@NamedParams({
                                @NamedParam(value = "timeout", type = Duration.class),
                                @NamedParam(value = "every", type = Duration.class)}) Map<String, ?> options,
                            @DelegatesTo(value = XshScript.class, strategy = Closure.OWNER_FIRST) Closure<?> condition) {
        NamedArguments.of(XshScript.class, "waitUntil", options);
        Duration timeout = ScriptArguments.duration("waitUntil", options, "timeout", DEFAULT_TIMEOUT);
        Duration poll = ScriptArguments.duration("waitUntil", options, "every", DEFAULT_POLL);
        if (poll.isNegative() || poll.isZero()) {
            throw new XshException("waitUntil: every: must be positive: " + DurationText.of(poll), 1);
        }
        ScriptClock clock = clock();
        long start = clock.nanoTime();
        long deadline = start + timeout.toNanos();
        FixedRate rate = new FixedRate(start, poll.toNanos());
        long slot = 0;
        while (true) {
            Object value = call(condition);
            if (truthy(value)) {
                return value;
            }
            long now = clock.nanoTime();
            if (now - deadline >= 0) {
                throw new XshException("waitUntil: condition not met within " + DurationText.of(timeout), 1);
            }
            slot = rate.nextSlot(slot, now);
            sleepUntil(clock, Math.min(rate.due(slot), deadline));
        }
    }

    /** {@code waitUntil { ... }}: within a minute, asking every second. */
    public Object waitUntil(@DelegatesTo(value = XshScript.class, strategy = Closure.OWNER_FIRST) Closure<?> condition) {
        return waitUntil(Map.of(), condition);
    }

    /**
     * Runs xsh command lines as typed at the prompt ({@code xsh 'pause debian; list'}), with the
     * script's global options ({@code --dry-run} included); output as the commands print it. A
     * command that fails throws, as a DSL method does. Returns 0.
     */
    public int xsh(String commandText) {
        if (!(context() instanceof CommandTextRunner commands)) {
            throw new XshException("xsh: command lines cannot be run here", 1);
        }
        return commands.runCommandText(commandText);
    }

    private ScriptClock clock() {
        Object clock = getBinding().hasVariable(CLOCK) ? getBinding().getVariable(CLOCK) : null;
        return clock instanceof ScriptClock scriptClock ? scriptClock : ScriptClock.system();
    }

    private void sleepUntil(ScriptClock clock, long dueNanos) {
        long left = dueNanos - clock.nanoTime();
        if (left > 0) {
            sleep(Duration.ofNanos(left));
        } else if (Thread.interrupted()) {
            throw new ScriptInterrupted();
        }
    }

    private static Object call(Closure<?> closure, Object... arguments) {
        return closure.getMaximumNumberOfParameters() == 0 ? closure.call() : closure.call(arguments);
    }

    private static boolean truthy(Object value) {
        return DefaultTypeTransformation.castToBoolean(value); // Groovy truth: null, 0, "" and [] are false
    }
}
