/** {@code vcpu-list}, {@code vcpu-pin} and {@code vcpu-set}: xl's commands and xl's table. */
package xsh.shell.vcpu;
