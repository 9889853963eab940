/**
 * What xl's {@code xl_sched.c} does for the credit and credit2 schedulers: list, show and set
 * a domain's weight and cap and a pool's time slice, rate limit and migration delay, with
 * xl's rules about which options go together and its messages.
 */
package xsh.toolstack.sched;
