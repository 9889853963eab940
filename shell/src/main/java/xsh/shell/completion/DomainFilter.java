package xsh.shell.completion;

import java.util.function.Predicate;

/**
 * Which domains a command's DOMAIN argument is offered from, by xl's semantics: {@code pause}
 * wants one that is not paused yet, {@code unpause} a paused one, the lifecycle commands a guest
 * that has not shut down, and the commands that also work on Domain-0 (list, mem-set, vcpu-pin,
 * sched-credit) any domain.
 */
enum DomainFilter implements Predicate<DomainEntry> {
    /** Every domain, Domain-0 included. */
    ANY {
        @Override
        public boolean test(DomainEntry d) {
            return true;
        }
    },
    /** Every guest, whatever its state (destroy, dump-core of a crashed guest). */
    GUEST {
        @Override
        public boolean test(DomainEntry d) {
            return !d.isDomain0();
        }
    },
    /** A guest that has not shut down and is not dying: one that can still be asked to do something. */
    LIVE_GUEST {
        @Override
        public boolean test(DomainEntry d) {
            return !d.isDomain0() && !d.shutdown() && !d.dying();
        }
    },
    /** A live guest that is not paused: what pause takes. */
    UNPAUSED_GUEST {
        @Override
        public boolean test(DomainEntry d) {
            return LIVE_GUEST.test(d) && !d.paused();
        }
    },
    /** A paused domain: what unpause takes. */
    PAUSED {
        @Override
        public boolean test(DomainEntry d) {
            return d.paused() && !d.dying();
        }
    }
}
