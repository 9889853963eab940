/**
 * A guest's xl.cfg, typed. {@link xsh.cfg.domain.DomainConfigReader} reads a
 * {@link xsh.cfg.parse.ParsedConfig} as xl 4.17 does (same order, same defaults, same
 * warnings, same first fatal error with xl's message, at the key's line and column) into a
 * {@link xsh.cfg.domain.DomainConfigResult}; its {@link xsh.cfg.domain.DomainConfig} groups
 * the values by topic (identity, sizing, affinity, lifecycle, boot, devices, display,
 * emulated hardware, flags) and describes itself as xsh's JSON with
 * {@link xsh.cfg.domain.DomainConfig#describe()}. Settings xl never reads are listed as
 * {@link xsh.cfg.domain.IgnoredKey}s, with a likely intended key where there is one.
 */
package xsh.cfg.domain;
