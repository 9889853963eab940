/** {@code sched-credit} and {@code sched-credit2}: xl's options, rules and output. */
package xsh.shell.sched;
