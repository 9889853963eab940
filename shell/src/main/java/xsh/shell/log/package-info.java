/** {@code log DOMAIN}: a domain's logs on the Dom0, xl's monitor's and QEMU's. */
package xsh.shell.log;
