package xsh.hv;

import java.util.Optional;

/**
 * What only a real Dom0's own toolstack can do: move or read a real guest's memory. On the
 * {@code xen} backend save, restore, migrate and dump-core are xl's own commands (its
 * images, its stream, its cores), which xsh starts and watches instead of reading the memory through
 * {@link Hypervisor#memory}; the embedded host has none ({@link Hypervisor#nativeToolstack}
 * is empty) and xsh's toolstack moves its memory itself.
 *
 * <p>Every call runs {@code xl} with an argument vector, locally or on the remote Dom0, and
 * fails with an {@link HvException} carrying xl's own message and exit code.
 */
public interface NativeToolstack {

    /** {@code xl save}'s options: {@code -c}, {@code -p}, {@code -D}. */
    record SaveFlags(boolean checkpoint, boolean leavePaused, boolean preserveDomid) {
    }

    /** {@code xl restore}'s options: {@code -p}, {@code -e} (no monitor), {@code -d}. */
    record RestoreFlags(boolean paused, boolean noMonitor, boolean debug) {
    }

    /** {@code xl migrate}'s options: {@code -s}, {@code -C}, {@code -e}, {@code -F}, {@code -p}, {@code --debug}. */
    record MigrateFlags(Optional<String> sshCommand, Optional<String> configFile, boolean noMonitor,
                        boolean foreground, boolean paused, boolean debug) {
    }

    /** {@code xl -t save [-c] [-p] [-D] DOMID FILE [CONFIG]}: FILE is a path on the Dom0. */
    void save(int domid, String file, Optional<String> configFile, SaveFlags flags, NativeProgress progress);

    /** {@code xl -t restore [-p] [-e] [-d] [CONFIG] FILE}: the domain it made. */
    DomainInfo restore(Optional<String> configFile, String file, RestoreFlags flags, NativeProgress progress);

    /** {@code xl -t migrate [flags] DOMID HOST}. */
    void migrate(int domid, String host, MigrateFlags flags, NativeProgress progress);

    /**
     * {@code xl dump-core DOMID FILE}: the guest's memory as xl writes a core; FILE is a path
     * on the Dom0.
     */
    void dumpCore(int domid, String file);

    /**
     * {@code xl console [-t TYPE] [-n NUM] DOMID}, not started: the shell starts it with the
     * terminal, which only it may touch.
     */
    ProcessBuilder console(int domid, Optional<String> type, int number);

    /** Renames a file on the Dom0 over another (an image written beside its final name). */
    void renameFile(String from, String to);

    /** Removes a file on the Dom0 if it is there (a partial image). */
    void removeFile(String path);
}
