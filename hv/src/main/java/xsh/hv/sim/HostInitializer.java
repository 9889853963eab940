package xsh.hv.sim;

import java.util.UUID;
import xsh.cfg.domain.DomainType;
import xsh.hv.DomainInfo;
import xsh.hv.HostSpec;
import xsh.hv.sim.domains.DomainRecord;
import xsh.hv.sim.domains.DomainTable;
import xsh.hv.sim.host.HostInfoFactory;
import xsh.hv.sim.host.HostTable;
import xsh.hv.sim.host.SimSettings;
import xsh.hv.sim.pools.PoolRecord;
import xsh.hv.sim.pools.PoolTable;
import xsh.hv.sim.sched.SchedulerRules;
import xsh.hv.sim.storage.ZfsTables;
import xsh.hv.sim.store.Tx;
import xsh.hv.sim.xenconsole.XenBootLog;

/**
 * The state of a host that has just booted: Pool-0 with every pCPU and the default
 * scheduler, Domain-0 running in it, the ZFS pools, no guests.
 */
final class HostInitializer {

    /** Domain-0's handle in Xen is all zeros. */
    static final UUID DOM0_UUID = new UUID(0, 0);

    /** Domain-0 of an idle host does little: 3% of its vcpus. */
    private static final int DOM0_LOAD_PPM = 30_000;

    private HostInitializer() {
    }

    static void initialize(Tx tx, String name, HostSpec spec, long nowNs) {
        tx.at(nowNs); // what is made now says so (the pools' root filesystems' creation)
        HostTable.insert(tx, name, spec, nowNs, SimSettings.DEFAULT);
        PoolTable.insert(tx, PoolRecord.withDefaults(PoolTable.POOL_0, PoolTable.POOL_0_NAME,
                HostInfoFactory.DEFAULT_SCHEDULER));
        for (int cpu = 0; cpu < spec.cpus(); cpu++) {
            PoolTable.assign(tx, cpu, PoolTable.POOL_0);
        }
        DomainTable.insert(tx, domain0(spec, nowNs));
        for (String pool : ZfsTables.DEFAULT_POOLS) {
            ZfsTables.insertPool(tx, pool);
        }
        XenBootLog.write(tx, spec, HostInfoFactory.info(HostTable.read(tx), 0, 0));
    }

    private static DomainRecord domain0(HostSpec spec, long nowNs) {
        DomainRecord d = new DomainRecord();
        d.domid = DomainInfo.DOMAIN_0;
        d.instance = 0;
        d.name = DomainInfo.DOMAIN_0_NAME;
        d.uuid = DOM0_UUID;
        d.type = DomainType.PV;
        d.poolId = PoolTable.POOL_0;
        d.createdNs = nowNs;
        long kib = spec.dom0MemoryMib() * 1024;
        d.maxKib = kib;
        d.targetKib = kib;
        d.grantedKib = kib;
        d.memKib = kib;
        d.onlineVcpus = spec.dom0Vcpus();
        d.maxVcpus = spec.dom0Vcpus();
        d.meterNs = nowNs;
        d.loadPpm = DOM0_LOAD_PPM;
        d.weight = SchedulerRules.DEFAULT_WEIGHT;
        d.cap = SchedulerRules.DEFAULT_CAP;
        d.pvControl = true;
        return d;
    }
}
