package xsh.hv.sim.memory

import static xsh.hv.sim.memory.MemoryImages.*

import java.nio.file.Files
import java.nio.file.Path
import java.util.concurrent.TimeUnit
import spock.lang.Specification
import spock.lang.TempDir

/**
 * Another JVM restores two images in turn, changes the rate and takes rounds, and is
 * killed with SIGKILL at an arbitrary instant: the memory always reopens as one image or
 * the other.
 */
class KillNineSpec extends Specification {

    @TempDir
    Path dir

    def "a process killed -9 at any instant leaves a memory that opens as one whole image (run #run)"() {
        given:
        def memoryDir = dir.resolve('m')
        SimGuestMemory.create(memoryDir, MIB, 1, 0)
        def imageA = imageAt(SimGuestMemory.create(dir.resolve('a'), MIB, 2, 0), 0)
        def imageB = imageAt(SimGuestMemory.create(dir.resolve('b'), MIB, 3, 0), 0)
        Files.write(dir.resolve('a.img'), imageA)
        Files.write(dir.resolve('b.img'), imageB)
        def child = startChild(memoryDir, dir.resolve('a.img'), dir.resolve('b.img'))

        when:
        def ready = new BufferedReader(new InputStreamReader(child.inputStream)).readLine()
        Thread.sleep(new Random(run).nextInt(300))
        child.destroyForcibly()
        child.waitFor(10, TimeUnit.SECONDS)

        then:
        ready == 'restoring'

        when:
        def reopened = SimGuestMemory.open(memoryDir)
        def content = image(reopened)

        then:
        content == imageA || content == imageB
        reopened.dirtyRate() in [0L, 4096L]
        Files.list(memoryDir).count() <= 4

        where:
        run << (1..5)
    }

    static Process startChild(Path memoryDir, Path a, Path b) {
        def java = Path.of(System.getProperty('java.home'), 'bin', 'java').toString()
        new ProcessBuilder(java, '-cp', System.getProperty('java.class.path'), RestoreLoop.name,
                memoryDir.toString(), a.toString(), b.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start()
    }
}
