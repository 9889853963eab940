package xsh.shell.dsl;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import xsh.error.MultiLineException;
import xsh.hv.Hypervisor;
import xsh.toolstack.sched.DomainWeight;
import xsh.toolstack.sched.PoolSection;
import xsh.toolstack.sched.SchedCredit;
import xsh.toolstack.sched.SchedOptions;
import xsh.toolstack.sched.SchedView;

/**
 * {@code sched-credit} and {@code sched-credit2} for the DSL: the toolstack's answer to the
 * options ({@link SchedView}) as typed results. A call that sets values asks again after, so it
 * returns what is now in effect.
 */
final class Scheduling {

    private final ScriptContext context;
    private final String command;
    private final BiFunction<Hypervisor, Boolean, SchedCredit> scheduler;
    private final Consumer<String> notices;

    Scheduling(ScriptContext context, String command, BiFunction<Hypervisor, Boolean, SchedCredit> scheduler,
               Consumer<String> notices) {
        this.context = context;
        this.command = command;
        this.scheduler = scheduler;
        this.notices = notices;
    }

    /** Every domain of the pools the scheduler runs (of {@code pool} alone if given). */
    List<DomainWeight> list(Optional<String> pool) {
        SchedOptions options = new SchedOptions(Optional.empty(), Optional.empty(), Optional.empty(), false,
                Optional.empty(), Optional.empty(), Optional.empty(), pool);
        return context.read(hv -> {
            SchedView view = scheduler.apply(hv, false).run(options);
            List<DomainWeight> domains = new ArrayList<>();
            if (view instanceof SchedView.Listing listing) {
                listing.pools().forEach(section -> domains.addAll(section.domains()));
            }
            return domains;
        });
    }

    /** The domain's weight and cap; with a weight or a cap, set first. */
    DomainWeight domain(String domain, Optional<String> weight, Optional<String> cap) {
        if (weight.isPresent() || cap.isPresent()) {
            CommandText line = CommandText.of(command, "-d", domain);
            weight.ifPresent(w -> line.add("-w").add(w));
            cap.ifPresent(c -> line.add("-c").add(c));
            SchedOptions set = new SchedOptions(Optional.of(domain), weight, cap, false, Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty());
            if (context.change(line.toString(), hv -> scheduler.apply(hv, false).run(set)) == null) {
                return null;
            }
        }
        SchedOptions show = new SchedOptions(Optional.of(domain), Optional.empty(), Optional.empty(), false,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        return context.read(hv -> {
            SchedView.DomainRow row = (SchedView.DomainRow) scheduler.apply(hv, false).run(show);
            if (!row.failure().isEmpty()) {
                throw new MultiLineException(row.failure(), 1);
            }
            return row.row().orElse(null);
        });
    }

    /** The pool's parameters (Pool-0's without a pool); with values, set first. */
    PoolScheduling pool(Optional<String> pool, Optional<String> tslice, Optional<String> ratelimit,
                        Optional<String> migrationDelay) {
        if (tslice.isPresent() || ratelimit.isPresent() || migrationDelay.isPresent()) {
            CommandText line = CommandText.of(command, "-s");
            pool.ifPresent(p -> line.add("-p").add(p));
            tslice.ifPresent(t -> line.add("-t").add(t));
            ratelimit.ifPresent(r -> line.add("-r").add(r));
            migrationDelay.ifPresent(m -> line.add("-m").add(m));
            SchedOptions set = new SchedOptions(Optional.empty(), Optional.empty(), Optional.empty(), true, tslice,
                    ratelimit, migrationDelay, pool);
            if (context.change(line.toString(), hv -> scheduler.apply(hv, false).run(set)) == null) {
                return null;
            }
        }
        SchedOptions show = new SchedOptions(Optional.empty(), Optional.empty(), Optional.empty(), true,
                Optional.empty(), Optional.empty(), Optional.empty(), pool);
        return context.read(hv -> {
            SchedCredit sched = scheduler.apply(hv, false);
            SchedView.PoolLine line = (SchedView.PoolLine) sched.run(show);
            line.problems().forEach(notices);
            PoolSection section = line.pool();
            return new PoolScheduling(sched.scheduler().libxlName(), section);
        });
    }
}
