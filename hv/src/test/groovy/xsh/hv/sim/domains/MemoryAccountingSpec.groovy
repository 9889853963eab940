package xsh.hv.sim.domains

import xsh.hv.HvException
import xsh.hv.sim.SimHostFixture
import xsh.hv.sim.store.HostDatabase
import xsh.hv.sim.store.HostStore
import xsh.hv.sim.store.Tx

/** The SQL sum of what domains hold is the row-by-row definition, KiB for KiB. */
class MemoryAccountingSpec extends SimHostFixture {

    def "after random balloons, pauses and time steps, the SQL aggregate and the rows agree"() {
        given:
        def random = new Random(seed)
        def ids = (1..8).collect { create("g$it", 'maxmem = 4096', 64 * (1 + random.nextInt(16))).domid() }
        def db = HostDatabase.open(home.resolve('hosts/h1/host.db'))
        def store = new HostStore(db, clock, [due: { Tx t -> false }, advance: { Tx t, long n -> }] as HostStore.TimeFlow)
        def checks = 0

        when:
        200.times {
            def d = ids[random.nextInt(ids.size())]
            try {
                switch (random.nextInt(4)) {
                    case 0: host.setMemoryTarget(d, 1024L * (32 + random.nextInt(4000))); break
                    case 1: host.pause(d); break
                    case 2: host.unpause(d); break
                    case 3: host.setLoad(d, random.nextDouble()); break
                }
            } catch (HvException ignored) {
            }
            clock.advanceMillis(random.nextInt(3000))
            def speed = host.settings().balloonKibPerSecond()
            store.write { Tx tx ->
                assert MemoryAccounting.allocatedKib(tx, speed, -1) == MemoryAccounting.allocatedKibByRows(tx, speed)
                checks++
            }
        }

        then:
        checks == 200

        cleanup:
        store?.close()

        where:
        seed << [1, 2, 3]
    }
}
