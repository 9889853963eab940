/**
 * C's number readers as glibc implements them, for the places where xsh must accept and
 * refuse exactly what xl's C code does: {@link xsh.cfg.cnum.CNumbers#strtol strtol} and
 * {@link xsh.cfg.cnum.CNumbers#strtoul strtoul} read a number from the front of a text,
 * and {@link xsh.cfg.cnum.CNumbers#wholeLong wholeLong} is libxlu's "the whole value must
 * be a number" check on top of strtol.
 *
 * <p>One emulation serves every caller so that glibc's corner cases (blanks, signs, a
 * {@code 0x} with nothing hexadecimal after it, wrapping of a negative unsigned value,
 * clamping on overflow) are decided once.
 */
package xsh.cfg.cnum;
