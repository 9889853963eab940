/** {@code mem-set} and {@code mem-max}: a domain's balloon target and static maximum. */
package xsh.shell.memory;
