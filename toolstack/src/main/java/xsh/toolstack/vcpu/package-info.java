/**
 * What xl's {@code xl_vcpu.c} does: {@code vcpu-list}, {@code vcpu-pin} and {@code vcpu-set},
 * with xl's argument reading and messages; results are typed for the face to render.
 */
package xsh.toolstack.vcpu;
