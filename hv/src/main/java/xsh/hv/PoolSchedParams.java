package xsh.hv;

import java.util.OptionalInt;

/**
 * A pool's scheduler-wide parameters. As an argument, absent values are left unchanged.
 *
 * @param tsliceMs           credit only: 1..1000, default 30
 * @param ratelimitUs        credit and credit2: 100..500000, default 1000; below tslice for credit
 * @param migrationDelayUs   credit only: 0..100000, default 0
 */
public record PoolSchedParams(OptionalInt tsliceMs, OptionalInt ratelimitUs, OptionalInt migrationDelayUs) {
}
