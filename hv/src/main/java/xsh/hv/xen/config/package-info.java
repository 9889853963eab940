/**
 * The config a running domain was built from, back as xl.cfg: on a real Dom0 it exists only
 * as libxl's JSON ({@code xl list -l}), and xsh works on xl.cfg (checkpoints, {@code cfg show},
 * config-update, scripts). {@link xsh.hv.xen.config.XlConfigFromLibxl} writes the xl.cfg whose
 * libxl JSON is the one read, and says in comments what libxl holds that xl.cfg cannot.
 */
package xsh.hv.xen.config;
