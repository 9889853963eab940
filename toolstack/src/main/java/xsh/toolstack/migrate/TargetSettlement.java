package xsh.toolstack.migrate;

import xsh.hv.Hypervisor;

/** {@link TargetProbe#settle} on a target host this process can open itself. */
public final class TargetSettlement {

    private TargetSettlement() {
    }

    public static TargetProbe.Outcome settle(Hypervisor target, String name) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
