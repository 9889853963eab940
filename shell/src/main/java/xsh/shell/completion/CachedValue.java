package xsh.shell.completion;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * One part of a host's state as completion last read it, read again on a background thread so
 * that a Tab is served from memory. A value is stamped with the host it came from, when it was
 * read and the REPL's command count then (its "mark"): when a command has run since, the value
 * may be wrong (the domain just paused), so a Tab waits a little for the new read; when it is
 * merely old, a Tab gets it at once and a new read starts behind it.
 */
final class CachedValue<T> {

    private record Loaded<T>(String host, long mark, long readAt, T value) {
    }

    private final Function<String, T> loader;
    private final T empty;
    private final Executor executor;
    private final LongSupplier nanoTime;
    private final CompletionTiming timing;

    private volatile Loaded<T> current;
    private CompletableFuture<Loaded<T>> reading; // guarded by this
    private String readingHost;                   // guarded by this
    private long readingMark;                     // guarded by this

    /** {@code loader} reads the named host's state; it runs on {@code executor}, never on a Tab. */
    CachedValue(Function<String, T> loader, T empty, Executor executor, LongSupplier nanoTime, CompletionTiming timing) {
        this.loader = loader;
        this.empty = empty;
        this.executor = executor;
        this.nanoTime = nanoTime;
        this.timing = timing;
    }

    /** The value for a Tab on {@code host} when the REPL has run {@code mark} commands. */
    T get(String host, long mark) {
        Loaded<T> now = current;
        if (now == null || !now.host().equals(host)) {
            // the first Tab takes the warm-up's read if it is under way: a second read would double the wait
            T first = await(readFor(host, mark), timing.firstWait().toNanos(), host, now);
            refreshIfStale(host, mark);
            return first;
        }
        if (now.mark() != mark) {
            return await(read(host, mark), timing.afterCommandWait().toNanos(), host, now);
        }
        if (nanoTime.getAsLong() - now.readAt() > timing.maxAge().toNanos()) {
            read(host, mark);
        }
        return now.value();
    }

    /** What was last read from {@code host}, at once: never reads, never waits ({@code empty} before the first read). */
    T peek(String host) {
        Loaded<T> now = current;
        return now != null && now.host().equals(host) ? now.value() : empty;
    }

    /** Starts a read if a command has run since the value was read: the prompt is back, a Tab may follow. */
    void refreshIfStale(String host, long mark) {
        Loaded<T> now = current;
        if (now != null && (!now.host().equals(host) || now.mark() != mark)) {
            read(host, mark);
        }
    }

    /** Reads the host's state soon (the REPL just started), if nothing has been read yet. */
    void warmUp(String host, long mark) {
        if (current == null) {
            read(host, mark);
        }
    }

    /** The read under way for this host, whatever its mark, or a new one. */
    private synchronized CompletableFuture<Loaded<T>> readFor(String host, long mark) {
        if (reading != null && !reading.isDone() && readingHost.equals(host)) {
            return reading;
        }
        return read(host, mark);
    }

    /** The read under way for this host and mark, or a new one. */
    private synchronized CompletableFuture<Loaded<T>> read(String host, long mark) {
        if (reading != null && !reading.isDone() && readingHost.equals(host) && readingMark == mark) {
            return reading;
        }
        readingHost = host;
        readingMark = mark;
        reading = CompletableFuture.supplyAsync(() -> {
            long readAt = nanoTime.getAsLong();
            T value;
            try {
                value = Objects.requireNonNull(loader.apply(host));
            } catch (RuntimeException e) {
                value = empty; // completion is a convenience: a host that cannot be read offers nothing
            }
            Loaded<T> loaded = new Loaded<>(host, mark, readAt, value);
            current = loaded;
            return loaded;
        }, executor);
        return reading;
    }

    private T await(CompletableFuture<Loaded<T>> read, long waitNanos, String host, Loaded<T> before) {
        try {
            return read.get(waitNanos, TimeUnit.NANOSECONDS).value();
        } catch (TimeoutException e) {
            return before != null && before.host().equals(host) ? before.value() : empty;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return empty;
        } catch (ExecutionException e) {
            return empty;
        }
    }
}
