/**
 * {@code xl save} and {@code xl restore}: xl's save image, byte for byte where xl reads it
 * ({@link xsh.toolstack.saverestore.SaveImageHeader}, libxl's JSON config, libxl's and libxc's
 * stream formats), with what xsh adds where xl never reads (after libxl's END record:
 * checksums and the xl.cfg text, {@link xsh.toolstack.saverestore.ImageTrailer}), and the two
 * operations ({@link xsh.toolstack.saverestore.Saver}, {@link xsh.toolstack.saverestore.Restorer})
 * with their typed results. Progress is told through {@link xsh.toolstack.saverestore.ImageProgress};
 * xl's lines through {@link xsh.toolstack.vmcontrol.Notices}.
 *
 * <p>The layout of an image of xsh:
 * <pre>
 *   save image header (48 bytes)            xl.h struct save_file_header
 *   u32 config length, libxl JSON + NUL     the optional data
 *   libxl stream v2 header "LibxlFmt"
 *   LIBXC_CONTEXT record                    then libxc's stream:
 *     image header "XENF", domain header
 *     PAGE_DATA records, every page in order
 *     END
 *   EMULATOR_CONTEXT record (HVM guests)    an empty QEMU state
 *   END record                              xl and libxl stop here
 *   xsh trailer "XshSums\n"                 config text, CRC-32C of each region
 * </pre>
 */
package xsh.toolstack.saverestore;
