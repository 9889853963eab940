/**
 * Domain lifecycle as xl's {@code xl_vmcontrol.c} has it: {@code create} (read the file with
 * its {@code key=value} overrides, type it, build the domain), {@code pause},
 * {@code unpause}, {@code shutdown}, {@code reboot}, {@code destroy}, {@code rename}; with
 * xl's messages and exit codes, and xl's bugs fixed where xsh's own commands are concerned
 * (a failed pause is a failure).
 */
package xsh.toolstack.vmcontrol;
