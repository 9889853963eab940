package xsh.hv.zfs

import java.nio.channels.FileChannel
import java.nio.channels.FileLock
import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.Paths
import java.nio.file.StandardOpenOption
import java.util.concurrent.TimeUnit

/**
 * A private zfs-fuse daemon with one pool on a file, for the specs that need a real zfs.
 * zfs-fuse listens on a fixed socket, so one daemon runs per machine: a lock file keeps
 * two test JVMs from starting theirs together, and {@link Unavailable} says why none can
 * run here (no zfs-fuse, no /dev/fuse, not root, one already running, it would not start),
 * so the specs skip with that reason.
 *
 * <p>The daemon is stopped by its own pid, never by name; the pool is exported first so
 * nothing of it stays imported.
 */
class ZfsFuse implements Closeable {

    static final String DAEMON = '/usr/sbin/zfs-fuse'

    /** Held while a private daemon runs, by whichever JVM runs it. */
    static final Path LOCK = Paths.get(System.getProperty('java.io.tmpdir'), 'xsh-zfs-fuse.lock')

    /** Why no private zfs-fuse runs here: the specs are skipped with this reason. */
    static class Unavailable extends Exception {
        Unavailable(String reason) {
            super(reason)
        }
    }

    /** The pool's backing file: zfs wants 64 MiB at least. */
    static final long POOL_BYTES = 256L * 1024 * 1024

    final Path dir
    final String pool
    final Path mountpoint
    final ZfsCommand command
    private Process daemon
    private FileChannel lockChannel
    private FileLock lock

    private ZfsFuse(Path dir, String pool) {
        this.dir = dir
        this.pool = pool
        this.mountpoint = dir.resolve('mnt').resolve(pool)
        this.command = new ZfsCommand(['zfs'], ['zpool'], java.time.Duration.ofMinutes(1), java.time.Duration.ofMinutes(5))
    }

    /** Why this machine cannot run zfs-fuse at all, or null when it can. */
    static String unavailable() {
        if (!Files.isExecutable(Paths.get(DAEMON))) {
            return "$DAEMON is not installed (apt-get install zfs-fuse)"
        }
        if (!onPath('zfs') || !onPath('zpool')) {
            return 'zfs and zpool are not on the PATH'
        }
        if (!Files.exists(Paths.get('/dev/fuse'))) {
            return '/dev/fuse does not exist'
        }
        if (output(['id', '-u']).trim() != '0') {
            return 'zfs-fuse needs root'
        }
        null
    }

    /** Starts the daemon and makes a pool {@code pool} on a file in {@code dir}, mounted under it. */
    static ZfsFuse start(Path dir, String pool) throws Unavailable {
        String reason = unavailable()
        if (reason != null) {
            throw new Unavailable(reason)
        }
        ZfsFuse zfs = new ZfsFuse(dir, pool)
        try {
            zfs.lockMachine()
            zfs.startDaemon()
            zfs.createPool()
        } catch (Throwable e) {
            zfs.close()
            throw e
        }
        zfs
    }

    private void lockMachine() {
        lockChannel = FileChannel.open(LOCK, StandardOpenOption.CREATE, StandardOpenOption.WRITE)
        lock = lockChannel.tryLock()
        if (lock == null) {
            throw new Unavailable("another test run holds $LOCK and its zfs-fuse")
        }
        // A daemon started by hand, or one still on its way out after another run.
        List<String> running = daemonsRunning()
        if (running) {
            throw new Unavailable("a zfs-fuse daemon is already running (pid ${running.join(', ')})")
        }
    }

    private void startDaemon() {
        Path log = dir.resolve('zfs-fuse.log')
        daemon = new ProcessBuilder(DAEMON, '--no-daemon', '--no-kstat-mount')
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start()
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30)
        while (true) {
            if (!daemon.alive) {
                throw new Unavailable("zfs-fuse exited with ${daemon.exitValue()}: ${Files.readString(log).trim()}")
            }
            if (run(['zpool', 'list']) == 0) {
                return
            }
            if (System.nanoTime() > deadline) {
                throw new Unavailable("zfs-fuse did not answer in 30 s: ${Files.readString(log).trim()}")
            }
            Thread.sleep(100)
        }
    }

    private void createPool() {
        Path image = dir.resolve("${pool}.img")
        new RandomAccessFile(image.toFile(), 'rw').withCloseable { it.length = POOL_BYTES }
        Files.createDirectories(mountpoint.parent)
        command.zpool(['create', '-m', mountpoint.toString(), pool, image.toString()])
    }

    /** Exports the pool and stops the daemon; waits until it is gone. */
    @Override
    void close() {
        try {
            if (daemon != null) {
                stopDaemon()
            }
        } finally {
            lock?.release()
            lockChannel?.close()
            lock = null
            lockChannel = null
        }
    }

    private void stopDaemon() {
        try {
            if (daemon.alive) {
                exportPool()
            }
        } finally {
            daemon.destroy()
            // zfs-fuse takes a few seconds to unmount and let go after SIGTERM.
            if (!daemon.waitFor(20, TimeUnit.SECONDS)) {
                daemon.destroyForcibly().waitFor(10, TimeUnit.SECONDS)
            }
            daemon = null
        }
    }

    private void exportPool() {
        for (int attempt = 1; ; attempt++) {
            if (!command.zpool(['list', '-H', '-o', 'name']).readLines().contains(pool)) {
                return
            }
            int exit = run(['zpool', 'export', pool])
            if (exit == 0 || attempt == 10) {
                if (exit != 0) {
                    run(['zpool', 'export', '-f', pool])
                }
                return
            }
            Thread.sleep(300)
        }
    }

    /** The pids of the zfs-fuse processes on this machine, from /proc. */
    private static List<String> daemonsRunning() {
        List<String> pids = []
        Paths.get('/proc').toFile().eachDir { process ->
            File comm = new File(process, 'comm')
            if (process.name ==~ /\d+/ && comm.canRead()) {
                try {
                    if (comm.text.trim() == 'zfs-fuse') {
                        pids << process.name
                    }
                } catch (IOException ignored) {
                    // The process ended while we looked.
                }
            }
        }
        pids
    }

    private static boolean onPath(String program) {
        System.getenv('PATH').split(':').any { Files.isExecutable(Paths.get(it, program)) }
    }

    private static int run(List<String> command) {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start()
        process.waitFor()
    }

    private static String output(List<String> command) {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start()
        String text = process.inputStream.text
        process.waitFor()
        text
    }
}
