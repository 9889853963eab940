package xsh.cfg.vif;

/**
 * A vif's outgoing rate limit as libxl stores it: a credit of {@code bytesPerInterval}
 * bytes replenished every {@code intervalUsecs} microseconds. {@code rate=10Mb/s} is
 * 62500 bytes every 50000 us; {@code rate=1MB/s@20ms} is 20000 bytes every 20000 us.
 *
 * @param bytesPerInterval libxl's uint64 {@code rate_bytes_per_interval}
 * @param intervalUsecs    libxl's uint32 {@code rate_interval_usecs}
 */
public record VifRate(long bytesPerInterval, long intervalUsecs) {

    /** The interval xl uses when the rate has no {@code @} part: 50 ms. */
    public static final long DEFAULT_INTERVAL_USECS = 50_000;

    /**
     * Parses the value of {@code rate=}.
     *
     * @param source what xl names in its message: the config file name or {@code command line}
     * @throws VifSpecException with xl's message for every malformed rate (always fatal in xl)
     */
    public static VifRate parse(String source, String text) {
        return new VifRateParser(source, text).parse();
    }
}
