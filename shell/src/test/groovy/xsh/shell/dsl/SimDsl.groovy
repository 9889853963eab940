package xsh.shell.dsl

import java.time.Duration
import xsh.hv.sim.clock.ManualClock
import xsh.toolstack.vmcontrol.Sleeper

/** The DSL on the embedded host of a spec: its waits move the host's manual clock instead of sleeping. */
abstract class SimDsl extends XshDsl {

    static final String CLOCK = 'simClock'

    @Override
    protected Sleeper sleeper() {
        ManualClock clock = (ManualClock) binding.getVariable(CLOCK)
        return { Duration d -> clock.advance(d) } as Sleeper
    }
}
