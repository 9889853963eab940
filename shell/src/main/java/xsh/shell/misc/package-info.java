/**
 * xl's smaller commands: uptime, domid, domname, vm-list, dmesg, trigger, sysrq and
 * dump-core, each rendering what the toolstack returns in xl's format.
 */
package xsh.shell.misc;
