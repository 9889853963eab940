package xsh.toolstack.nativexl

import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.StandardCopyOption
import java.time.Instant
import xsh.hv.DomainInfo
import xsh.hv.DomainState
import xsh.hv.HvError
import xsh.hv.HvException
import xsh.hv.NativeProgress
import xsh.hv.NativeToolstack
import xsh.cfg.domain.DomainType
import xsh.error.XshException

/**
 * A Dom0's xl as the toolstack sees it: every call recorded in xl's words; a save writes the
 * file it is given (as xl would), a failure is xl's message and exit code, and lines and
 * progress are told as xl's -t output would be.
 */
class RecordingNativeToolstack implements NativeToolstack {

    List<String> calls = []
    /** The command (save, restore, migrate, rename, dump-core) that fails, with xl's message. */
    Map<String, String> failing = [:]
    /** The failing commands that fail as a stopped xl does: the thread that waited for it interrupted. */
    Set<String> interrupting = []
    byte[] image = 'Xen saved domain, xl format\n \0 \r'.bytes
    DomainInfo restored = domain(7, 'web')
    /** What xl restore prints after its first line. */
    List<String> restoreLines = []

    static DomainInfo domain(int domid, String name) {
        new DomainInfo(domid, name, UUID.randomUUID(), DomainType.PV, new DomainState(true, false, 0, Optional.empty(), false), 16384, 16384, 16384, 1, 1,
                0, Instant.EPOCH, 'Pool-0')
    }

    private void failIf(String command, String file = '') {
        if (failing.containsKey(command)) {
            if (command in interrupting) {
                Thread.currentThread().interrupt()
            }
            throw new XshException(failing[command].replace('TEMP', file), 1)
        }
    }

    @Override
    void save(int domid, String file, Optional<String> configFile, SaveFlags flags, NativeProgress progress) {
        calls << (['save'] + (flags.checkpoint() ? ['-c'] : []) + (flags.leavePaused() ? ['-p'] : [])
                + (flags.preserveDomid() ? ['-D'] : []) + [domid as String, file] + (configFile.map { [it] }.orElse([])))
                .join(' ')
        progress.message("Saving to $file new xl format (info 0x3/0x0/1234)".toString())
        Files.write(Path.of(file), image)
        progress.progress(3, 4)
        failIf('save', file)
    }

    @Override
    DomainInfo restore(Optional<String> configFile, String file, RestoreFlags flags, NativeProgress progress) {
        calls << (['restore'] + (flags.paused() ? ['-p'] : []) + (flags.noMonitor() ? ['-e'] : [])
                + (flags.debug() ? ['-d'] : []) + configFile.map { [it] }.orElse([]) + [file]).join(' ')
        progress.message("Loading new save file $file (new xl fmt info 0x3/0x0/1234)".toString())
        restoreLines.each { progress.message(it) }
        failIf('restore')
        restored
    }

    @Override
    void migrate(int domid, String host, MigrateFlags flags, NativeProgress progress) {
        calls << (['migrate'] + flags.sshCommand().map { ['-s', it] }.orElse([])
                + flags.configFile().map { ['-C', it] }.orElse([]) + (flags.noMonitor() ? ['-e'] : [])
                + (flags.foreground() ? ['-F'] : []) + (flags.paused() ? ['-p'] : []) + (flags.debug() ? ['--debug'] : [])
                + [domid as String, host]).join(' ')
        progress.message('migration target: Ready to receive domain.')
        progress.progress(10, 10)
        failIf('migrate')
        progress.message('Migration successful.')
    }

    /** Writes a core as xl would; a failure is libxl's words, after a partial core. */
    @Override
    void dumpCore(int domid, String file) {
        calls << "dump-core $domid $file".toString()
        Files.writeString(Path.of(file), failing.containsKey('dump-core') ? 'partial' : 'core')
        if (failing.containsKey('dump-core')) {
            throw new HvException(HvError.FAIL, failing['dump-core'])
        }
    }

    @Override
    ProcessBuilder console(int domid, Optional<String> type, int number) {
        calls << (['console'] + type.map { ['-t', it] }.orElse([]) + ['-n', number as String, domid as String]).join(' ')
        new ProcessBuilder('sh', '-c', 'exit 3')
    }

    @Override
    void renameFile(String from, String to) {
        calls << "rename $from $to".toString()
        failIf('rename')
        Files.move(Path.of(from), Path.of(to), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE)
    }

    @Override
    void removeFile(String path) {
        calls << "remove $path".toString()
        Files.deleteIfExists(Path.of(path))
    }
}
