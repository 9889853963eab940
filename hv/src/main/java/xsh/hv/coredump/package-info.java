/**
 * The core file a domain's memory is dumped to, by {@code xl dump-core} and by the
 * {@code coredump-*} lifecycle actions alike: an ELF64 core ({@link xsh.hv.coredump.ElfCore}).
 */
package xsh.hv.coredump;
