/**
 * What xl and zfs do, as a Java API over the hypervisor SPI: the engine the shell drives.
 */
package xsh.toolstack;
