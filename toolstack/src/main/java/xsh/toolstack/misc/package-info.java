/**
 * What xl's {@code xl_misc.c} does to a guest or the hypervisor beyond its lifecycle: send
 * a trigger or a SysRq key, read the hypervisor's console ring.
 */
package xsh.toolstack.misc;
