package xsh.toolstack.sched;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import xsh.cfg.cnum.CNumbers;
import xsh.cfg.cpupool.Scheduler;
import xsh.error.MultiLineException;
import xsh.error.XshException;
import xsh.hv.CpupoolInfo;
import xsh.hv.DomainInfo;
import xsh.hv.DomainSchedParams;
import xsh.hv.HvException;
import xsh.hv.Hypervisor;
import xsh.hv.PoolSchedParams;
import xsh.toolstack.cpupool.CpupoolResolver;
import xsh.toolstack.domain.DomainResolver;
import xsh.toolstack.domain.Domids;
import xsh.toolstack.domain.LibxlLines;

/**
 * {@code sched-credit} and {@code sched-credit2}: xl's option rules, then one of listing the
 * pools the scheduler runs with their domains, showing or setting one domain's weight and
 * cap ({@code -d}), or showing or setting a pool's parameters ({@code -s}). Only the values
 * given change. A domain or pool that another scheduler runs is refused in libxl's words.
 *
 * <p>Under xl numbers are read by {@code strtol} without a check ({@code -w abc} is weight 0,
 * which libxl then refuses) and credit2's {@code -r} without {@code -s} is ignored, as in xl;
 * xsh's own commands refuse both.
 */
public final class SchedCredit {

    static final String POOL_OR_SCHEDPARAM_WITH_DOMAIN =
            "Specifying a cpupool or schedparam is not allowed with domain options.";
    static final String POOL_WITH_OTHERS = "Specifying a cpupool is not allowed with other options.";
    static final String NO_DOMAIN = "Must specify a domain.";
    static final String NO_SCHEDPARAM = "Must specify schedparam to set schedule parameter values.";

    private final Hypervisor hv;
    private final Scheduler scheduler;
    private final boolean xlCompatible;

    private SchedCredit(Hypervisor hv, Scheduler scheduler, boolean xlCompatible) {
        this.hv = hv;
        this.scheduler = scheduler;
        this.xlCompatible = xlCompatible;
    }

    public static SchedCredit credit(Hypervisor hv, boolean xlCompatible) {
        return new SchedCredit(hv, Scheduler.CREDIT, xlCompatible);
    }

    public static SchedCredit credit2(Hypervisor hv, boolean xlCompatible) {
        return new SchedCredit(hv, Scheduler.CREDIT2, xlCompatible);
    }

    public Scheduler scheduler() {
        return scheduler;
    }

    public SchedView run(SchedOptions o) {
        checkRules(o);
        if (o.schedparam()) {
            CpupoolInfo pool = o.cpupool().map(q -> CpupoolResolver.resolve(hv, q))
                    .orElseGet(() -> CpupoolResolver.byId(hv, CpupoolResolver.POOL_0).orElseThrow());
            return o.poolValues() ? setPool(pool, o) : showPool(pool);
        }
        if (o.domain().isEmpty()) {
            return list(o.cpupool());
        }
        int domid = DomainResolver.resolve(hv, o.domain().get());
        if (o.weight().isEmpty() && o.cap().isEmpty()) {
            return showDomain(domid);
        }
        setDomain(domid, number("weight", o.weight()), number("cap", o.cap()));
        return new SchedView.Changed();
    }

    private void checkRules(SchedOptions o) {
        boolean domainOptions = o.domainOptions();
        if (scheduler == Scheduler.CREDIT || !xlCompatible) {
            if ((o.cpupool().isPresent() || o.schedparam()) && domainOptions) {
                throw new XshException(scheduler == Scheduler.CREDIT || o.schedparam()
                        ? POOL_OR_SCHEDPARAM_WITH_DOMAIN : POOL_WITH_OTHERS, 1);
            }
        } else if (o.cpupool().isPresent() && domainOptions) {
            throw new XshException(POOL_WITH_OTHERS, 1);
        }
        if (o.domain().isEmpty() && (o.weight().isPresent() || o.cap().isPresent())) {
            throw new XshException(NO_DOMAIN, 1);
        }
        // xl's credit2 has no such check: -r without -s is silently ignored
        if (!o.schedparam() && o.poolValues() && (scheduler == Scheduler.CREDIT || !xlCompatible)) {
            throw new XshException(NO_SCHEDPARAM, 1);
        }
    }

    // ---- listing ---------------------------------------------------------------------------

    private SchedView list(Optional<String> cpupool) {
        Optional<CpupoolInfo> only = cpupool.map(q -> CpupoolResolver.resolve(hv, q));
        if (only.isPresent() && !xlCompatible) {
            requireScheduler(only.get()); // xl lists nothing for a pool another scheduler runs
        }
        List<DomainInfo> domains = hv.domains();
        List<PoolSection> sections = new ArrayList<>();
        for (CpupoolInfo pool : hv.cpupools()) {
            if (pool.scheduler() != scheduler || only.isPresent() && only.get().id() != pool.id()) {
                continue;
            }
            List<DomainWeight> rows = new ArrayList<>();
            for (DomainInfo d : domains) {
                if (d.pool().equals(pool.name())) {
                    DomainSchedParams p = hv.schedParams(d.domid());
                    rows.add(new DomainWeight(d.domid(), d.name(), p.weight().orElse(0), p.cap().orElse(0)));
                }
            }
            sections.add(new PoolSection(pool.name(), Optional.of(hv.poolSchedParams(pool.name())), rows));
        }
        return new SchedView.Listing(sections);
    }

    // ---- one domain ------------------------------------------------------------------------

    private SchedView showDomain(int domid) {
        List<String> failure = domainProblem(domid, "libxl_domain_sched_params_get failed.");
        if (failure.isEmpty()) {
            Optional<Scheduler> running = schedulerOf(domid);
            if (running.isPresent() && running.get() != scheduler) {
                failure = List.of("libxl_domain_sched_params_get returned " + running.get().libxlName() + " not "
                        + scheduler.libxlName() + ".");
            }
        }
        if (!failure.isEmpty()) {
            if (!xlCompatible) {
                throw new MultiLineException(failure, 1);
            }
            return new SchedView.DomainRow(Optional.empty(), failure);
        }
        DomainInfo d = hv.domain(domid).orElseThrow();
        DomainSchedParams p = hv.schedParams(domid);
        return new SchedView.DomainRow(Optional.of(new DomainWeight(domid, d.name(), p.weight().orElse(0),
                p.cap().orElse(0))), List.of());
    }

    private void setDomain(int domid, OptionalInt weight, OptionalInt cap) {
        String xlFailure = "libxl_domain_sched_params_set failed.";
        List<String> failure = domainProblem(domid, xlFailure);
        if (!failure.isEmpty()) {
            throw new MultiLineException(failure, 1);
        }
        if (schedulerOf(domid).orElse(scheduler) != scheduler) {
            // libxl asks Xen for the domain's parameters of the scheduler xl named, and Xen refuses
            throw new MultiLineException(List.of("Domain " + Domids.text(domid) + ":Getting domain sched "
                    + scheduler.libxlName() + ": Invalid argument", xlFailure), 1);
        }
        try {
            hv.setSchedParams(domid, new DomainSchedParams(weight, cap));
        } catch (HvException e) {
            throw new MultiLineException(List.of(LibxlLines.forDomain(domid, e, xlCompatible), xlFailure), 1, e);
        }
    }

    /** libxl's line and xl's for a domain that does not exist; empty when it does. */
    private List<String> domainProblem(int domid, String xlLine) {
        if (hv.domain(domid).isPresent()) {
            return List.of();
        }
        return List.of("Domain " + Domids.text(domid) + ":Non-existant domain", xlLine);
    }

    private Optional<Scheduler> schedulerOf(int domid) {
        return hv.domain(domid).flatMap(d -> CpupoolResolver.of(hv, d)).map(CpupoolInfo::scheduler);
    }

    // ---- one pool --------------------------------------------------------------------------

    private SchedView showPool(CpupoolInfo pool) {
        if (pool.scheduler() == scheduler) {
            return new SchedView.PoolLine(new PoolSection(pool.name(), Optional.of(hv.poolSchedParams(pool.name())),
                    List.of()), List.of());
        }
        if (!xlCompatible) {
            requireScheduler(pool);
        }
        return new SchedView.PoolLine(new PoolSection(pool.name(), Optional.empty(), List.of()),
                List.of(paramsGetFailure(), "libxl_sched_" + scheduler.libxlName() + "_params_get failed."));
    }

    private void requireScheduler(CpupoolInfo pool) {
        if (pool.scheduler() != scheduler) {
            throw new XshException("cpupool '" + pool.name() + "' runs the " + pool.scheduler().libxlName()
                    + " scheduler, not " + scheduler.libxlName(), 1);
        }
    }

    private SchedView setPool(CpupoolInfo pool, SchedOptions o) {
        String xlFailure = "libxl_sched_" + scheduler.libxlName() + "_params_set failed.";
        if (pool.scheduler() != scheduler) {
            if (scheduler == Scheduler.CREDIT) {
                // xl reads the pool's credit parameters first, to change only those given
                throw new MultiLineException(List.of(paramsGetFailure(),
                        "libxl_sched_" + scheduler.libxlName() + "_params_get failed."), 1);
            }
            throw new MultiLineException(List.of("Setting " + label() + " scheduler parameters: Invalid argument",
                    xlFailure), 1);
        }
        PoolSchedParams params = scheduler == Scheduler.CREDIT
                ? new PoolSchedParams(number("tslice_ms", o.tslice()), number("ratelimit_us", o.ratelimit()),
                        number("migration_delay_us", o.migrationDelay()))
                : new PoolSchedParams(OptionalInt.empty(), number("ratelimit_us", o.ratelimit()), OptionalInt.empty());
        try {
            hv.setPoolSchedParams(pool.name(), params);
        } catch (HvException e) {
            throw new MultiLineException(List.of(LibxlLines.of(e, OptionalInt.empty(), xlCompatible), xlFailure), 1, e);
        }
        return new SchedView.Changed();
    }

    private String paramsGetFailure() {
        return "getting " + label() + " scheduler parameters: Invalid argument";
    }

    /** libxl's name for the scheduler in its messages. */
    private String label() {
        return scheduler == Scheduler.CREDIT ? "Credit" : "Credit2";
    }

    // ---- numbers ---------------------------------------------------------------------------

    /** xl: {@code (int) strtol(text, NULL, 10)}, no check; xsh: a whole number or an error. */
    OptionalInt number(String what, Optional<String> text) {
        if (text.isEmpty()) {
            return OptionalInt.empty();
        }
        String s = text.get();
        if (xlCompatible) {
            return OptionalInt.of((int) CNumbers.strtol(s, 0, 10).value());
        }
        if (!s.matches("[+-]?[0-9]+")) {
            throw new XshException("invalid " + what + " '" + s + "': expected a whole number", 1);
        }
        try {
            return OptionalInt.of(Integer.parseInt(s));
        } catch (NumberFormatException tooLarge) {
            throw new XshException("invalid " + what + " '" + s + "': out of range", 1);
        }
    }
}
