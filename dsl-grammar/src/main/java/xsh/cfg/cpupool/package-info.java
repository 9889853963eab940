/**
 * cpupool configs ({@code xl cpupool-create}): {@link xsh.cfg.cpupool.CpupoolConfigReader}
 * reads what needs no host, {@link xsh.cfg.cpupool.CpupoolPlanner} checks it against a
 * {@link xsh.cfg.cpupool.CpupoolHost} and gives the {@link xsh.cfg.cpupool.CpupoolPlan}.
 */
package xsh.cfg.cpupool;
