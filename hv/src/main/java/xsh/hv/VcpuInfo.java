package xsh.hv;

import java.util.BitSet;

/**
 * One vcpu as {@code xl vcpu-list} shows it.
 *
 * @param cpu the pCPU it last ran on; -1 when offline
 */
public record VcpuInfo(int vcpu, boolean online, int cpu, boolean running, boolean blocked, long cpuTimeNanos,
                       BitSet hardAffinity, BitSet softAffinity) {
}
