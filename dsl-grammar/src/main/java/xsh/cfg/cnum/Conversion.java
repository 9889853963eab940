package xsh.cfg.cnum;

/**
 * What one call of {@code strtol} or {@code strtoul} gives a C caller.
 *
 * @param value      the return value, already clamped or wrapped as C returns it; a C
 *                   {@code unsigned long} is held in the same 64 bits, so compare it with
 *                   {@link Long#compareUnsigned} and {@link CNumbers#ULONG_MAX}
 * @param end        C's {@code *endptr} as an index: just after the last digit, or the
 *                   start index when nothing was converted ({@code endptr == nptr})
 * @param overflowed whether C would have set {@code errno} to {@code ERANGE}, that is
 *                   whether {@code value} was clamped
 */
public record Conversion(long value, int end, boolean overflowed) {
}
