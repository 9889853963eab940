package xsh.hv.sim.storage

import groovy.transform.CompileStatic
import java.nio.file.Path
import xsh.hv.sim.SimHost
import xsh.hv.sim.SimHosts

/**
 * A second JVM for {@link StorageKillNineSpec}: on host HOST under HOME, rewrites volume
 * tank/churn whole with pattern A or B in turns, snapshotting it and destroying old
 * snapshots, until killed. Prints "churning" once it has started.
 *
 * <pre>StorageChurn HOME HOST</pre>
 */
@CompileStatic
class StorageChurn {

    static final int SIZE = 1 << 20

    static byte[] pattern(int which) {
        byte[] bytes = new byte[SIZE]
        Arrays.fill(bytes, (byte) (which == 0 ? 0x41 : 0x42))
        bytes
    }

    static void main(String[] args) {
        SimHost host = new SimHosts(Path.of(args[0])).open(args[1])
        EmbeddedStorage zfs = host.storage()
        println 'churning'
        System.out.flush()
        for (int i = 0; ; i++) {
            zfs.write('tank/churn', 0, pattern(i % 2))
            zfs.snapshot(["tank/churn@s$i".toString()], false)
            if (i >= 2) {
                zfs.destroy("tank/churn@s${i - 2}".toString(), false)
            }
        }
    }
}
