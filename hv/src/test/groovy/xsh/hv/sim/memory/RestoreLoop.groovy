package xsh.hv.sim.memory

import java.nio.file.Files
import java.nio.file.Path

/** The process {@link KillNineSpec} kills: changes a memory on disk in a loop, forever. */
class RestoreLoop {

    static void main(String[] args) {
        def memory = SimGuestMemory.open(Path.of(args[0]))
        def images = [Files.readAllBytes(Path.of(args[1])), Files.readAllBytes(Path.of(args[2]))]
        memory.readFrom(new ByteArrayInputStream(images[0]))
        println 'restoring'
        System.out.flush()
        for (long turn = 1; ; turn++) {
            memory.readFrom(new ByteArrayInputStream(images[(int) (turn % 2)]))
            memory.setDirtyRate(turn % 2 == 0 ? 0 : 4096, 0)
            memory.dirtiedSinceLastRound()
        }
    }
}
