/**
 * What xl's {@code xl_mem.c} does: {@code mem-set} (the balloon target) and {@code mem-max}
 * (the static maximum) of a domain, with xl's size syntax and its messages.
 */
package xsh.toolstack.memory;
