/**
 * {@code xl dump-core}: a domain's memory written to a file as an ELF core
 * ({@link xsh.hv.coredump.ElfCore}), with the domain paused meanwhile and running
 * again afterwards whatever happened ({@link xsh.toolstack.coredump.CoreDumper}).
 */
package xsh.toolstack.coredump;
