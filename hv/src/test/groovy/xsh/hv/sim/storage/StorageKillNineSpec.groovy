package xsh.hv.sim.storage

import java.nio.file.Path
import java.sql.DriverManager
import java.util.concurrent.TimeUnit
import spock.lang.Specification
import spock.lang.TempDir
import xsh.hv.sim.SimHosts

/**
 * Another JVM rewrites a volume whole, snapshots it and destroys old snapshots in a loop,
 * and is killed with SIGKILL at an arbitrary instant: the volume and every snapshot left
 * hold one whole pattern, and no block is lost or left behind.
 */
class StorageKillNineSpec extends Specification {

    @TempDir
    Path home

    def "a process killed -9 mid-operation leaves the old state or the new one (run #run)"() {
        given:
        def hosts = new SimHosts(home)
        hosts.open('h').withCloseable { it.storage().createVolume('tank/churn', StorageChurn.SIZE, [:], false, true) }
        def child = start()

        when:
        def ready = new BufferedReader(new InputStreamReader(child.inputStream)).readLine()
        def churning = waitFor { snapshotsMade() >= 2 }
        Thread.sleep(new Random(run).nextInt(500))
        child.destroyForcibly()
        child.waitFor(10, TimeUnit.SECONDS)

        then:
        ready == 'churning'
        churning

        when:
        def host = hosts.open('h')
        def zfs = host.storage()
        def wholes = [StorageChurn.pattern(0), StorageChurn.pattern(1), new byte[StorageChurn.SIZE]]
        def datasets = zfs.datasets()*.name().findAll { it.startsWith('tank/churn') }

        then:
        datasets.size() >= 1
        datasets.every { name -> wholes.any { it == zfs.read(name, 0, StorageChurn.SIZE) } }
        orphans() == [0, 0]

        cleanup:
        host?.close()

        where:
        run << (1..3)
    }

    boolean waitFor(Closure<Boolean> condition) {
        long deadline = System.nanoTime() + 60_000_000_000L
        while (System.nanoTime() < deadline) {
            if (condition()) {
                return true
            }
            Thread.sleep(20)
        }
        false
    }

    /** How many snapshots the churn has taken so far (read without the host's transactions). */
    int snapshotsMade() {
        def c = DriverManager.getConnection("jdbc:sqlite:${home.resolve('hosts/h/host.db')}")
        try {
            def rs = c.createStatement().executeQuery("SELECT count(*) FROM zfs_datasets WHERE name LIKE 'tank/churn@s%'")
            rs.next()
            rs.getInt(1)
        } catch (java.sql.SQLException busy) {
            0
        } finally {
            c.close()
        }
    }

    /** Block pointers to missing blocks, and blocks nothing points at. */
    List<Integer> orphans() {
        def c = DriverManager.getConnection("jdbc:sqlite:${home.resolve('hosts/h/host.db')}")
        try {
            def st = c.createStatement()
            def count = { String sql -> def rs = st.executeQuery(sql); rs.next(); rs.getInt(1) }
            [count('SELECT count(*) FROM zfs_bp WHERE block_id NOT IN (SELECT id FROM zfs_blocks)'),
             count('SELECT count(*) FROM zfs_blocks WHERE id NOT IN (SELECT block_id FROM zfs_bp)')]
        } finally {
            c.close()
        }
    }

    Process start() {
        def java = Path.of(System.getProperty('java.home'), 'bin', 'java').toString()
        new ProcessBuilder(java, '-XX:TieredStopAtLevel=1', '-cp', System.getProperty('java.class.path'), StorageChurn.name,
                home.toString(), 'h')
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start()
    }
}
