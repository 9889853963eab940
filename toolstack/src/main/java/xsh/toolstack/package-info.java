/**
 * What xl and zfs do, as a Java API over the hypervisor SPI: the engine the shell drives.
 * A package per topic, as xl has a file per topic: {@code domain} (find_domain),
 * {@code vmcontrol} (create and the lifecycle verbs), {@code info} (list, info) and
 * {@code host} (embedded hosts). Nothing here prints: results are typed, progress goes to a
 * {@link xsh.toolstack.vmcontrol.Notices} sink, and failures are
 * {@link xsh.error.XshException}s with xl's messages and exit codes.
 */
package xsh.toolstack;
