/**
 * What xl's {@code xl_cpupool.c} does: create a pool from a config, list, destroy and rename
 * pools, move pCPUs and domains between them, and split the host into a pool per NUMA node;
 * pool arguments resolved as libxl resolves them.
 */
package xsh.toolstack.cpupool;
