package xsh.cfg.domain;

/**
 * Per-domain scheduler parameters. Their ranges depend on the scheduler of the domain's
 * cpupool, so libxl checks them at create time, not xl at parse time.
 */
final class SchedulingReader {

    private final ReadContext ctx;

    SchedulingReader(ReadContext ctx) {
        this.ctx = ctx;
    }

    void read(DomainConfigBuilder b) {
        b.scheduler = new SchedulerParameters(ctx.number("cpu_weight"), ctx.number("cap"), ctx.number("period"),
                ctx.number("slice"), ctx.number("latency"), ctx.number("extratime"));
    }
}
