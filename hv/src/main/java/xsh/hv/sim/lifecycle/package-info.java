/**
 * A domain's life: pause, shutdown requests, what guests do by themselves, destroy, and
 * what xl's monitor does when a guest stops (the on_* actions), applied over time by
 * {@code DueEffects}.
 */
package xsh.hv.sim.lifecycle;
