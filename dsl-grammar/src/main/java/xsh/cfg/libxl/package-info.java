/**
 * libxl's view of a domain: {@link xsh.cfg.libxl.LibxlConfigJson} turns a
 * {@link xsh.cfg.domain.DomainConfig} and {@link xsh.cfg.libxl.HostFacts} into the
 * {@code libxl_domain_config} JSON that {@code xl -N create} prints.
 */
package xsh.cfg.libxl;
