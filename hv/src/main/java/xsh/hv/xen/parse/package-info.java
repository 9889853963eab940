/**
 * Readers of what {@code xl} prints: its tables ({@code list}, {@code info}, {@code vcpu-list},
 * {@code sched-credit}/{@code sched-credit2}, {@code cpupool-list}, {@code uptime}), the libxl
 * JSON of {@code list -l}, the progress of {@code -t}, and its failures. Each is the exact
 * inverse of xl's printf formats for xl 4.11 to 4.19, tolerant of whitespace that transcripts
 * and terminals change (TABs expanded, columns squeezed); anything else is an
 * {@link java.lang.IllegalArgumentException} naming the line and its text.
 */
package xsh.hv.xen.parse;
