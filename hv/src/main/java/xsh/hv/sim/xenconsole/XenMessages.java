package xsh.hv.sim.xenconsole;

import xsh.hv.ShutdownReason;
import xsh.hv.sim.domains.DomainRecord;
import xsh.hv.sim.store.Tx;

/** What the hypervisor's console ({@code xl dmesg}) says as domains come, stop and go. */
public final class XenMessages {

    private XenMessages() {
    }

    public static void created(Tx tx, DomainRecord d) {
        XenConsole.log(tx, "d" + d.domid + ": " + d.type.xlName().toUpperCase(java.util.Locale.ROOT)
                + " domain created, " + d.maxVcpus + " vcpus, " + d.targetKib + " KiB");
    }

    public static void destroyed(Tx tx, DomainRecord d) {
        XenConsole.log(tx, "d" + d.domid + ": domain destroyed");
    }

    public static void shutDown(Tx tx, DomainRecord d, ShutdownReason reason) {
        switch (reason) {
            // Xen's own words when a guest's watchdog expires (domain_watchdog_timeout)
            case WATCHDOG -> XenConsole.log(tx, "Watchdog timer fired for domain " + d.domid);
            case CRASH -> XenConsole.log(tx, "d" + d.domid + "v0 guest crashed (SCHEDOP_shutdown, reason crash)");
            default -> {
                // an orderly shutdown, reboot or suspend: Xen says nothing
            }
        }
    }

    public static void sysrq(Tx tx, DomainRecord d, char key) {
        XenConsole.log(tx, "d" + d.domid + ": sysrq '" + key + "' written to control/sysrq");
    }

    public static void trigger(Tx tx, DomainRecord d, String trigger, int vcpu) {
        XenConsole.log(tx, "d" + d.domid + "v" + vcpu + ": " + trigger + " trigger");
    }
}
