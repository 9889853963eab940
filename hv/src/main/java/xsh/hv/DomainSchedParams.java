package xsh.hv;

import java.util.OptionalInt;

/**
 * A domain's credit/credit2 parameters. As an argument, absent values are left unchanged.
 *
 * @param weight 1..65535, default 256
 * @param cap    0 (none) .. 100 × vcpus
 */
public record DomainSchedParams(OptionalInt weight, OptionalInt cap) {

    public static DomainSchedParams of(int weight, int cap) {
        return new DomainSchedParams(OptionalInt.of(weight), OptionalInt.of(cap));
    }
}
