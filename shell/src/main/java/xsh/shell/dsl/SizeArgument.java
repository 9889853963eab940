package xsh.shell.dsl;

import xsh.error.XshException;
import xsh.toolstack.zfs.ZfsSizes;

/**
 * An amount of memory or disk as a script gives it: a {@link Size} ({@code 512.MiB}), a number
 * (MiB, as xl's sizes without a unit), or xl's text ({@code '512m'}, {@code '2g'}).
 */
final class SizeArgument {

    private SizeArgument() {
    }

    /** The size as xl's memory commands read it: {@code 524288k} for a Size, {@code 512} for a number. */
    static String memoryText(String method, Object size) {
        if (size instanceof Size s) {
            return s.bytes() % Size.KIB == 0 ? s.kib() + "k" : s.bytes() + "b";
        }
        if (size instanceof Integer || size instanceof Long || size instanceof Short) {
            return size.toString();
        }
        if (size instanceof CharSequence text) {
            return text.toString();
        }
        throw wrong(method, size);
    }

    /** The size in bytes, for storage: a number is MiB, text is zfs's ({@code 10G}). */
    static long bytes(String method, Object size) {
        if (size instanceof Size s) {
            return s.bytes();
        }
        if (size instanceof Integer || size instanceof Long || size instanceof Short) {
            return Math.multiplyExact(((Number) size).longValue(), Size.MIB);
        }
        if (size instanceof CharSequence text) {
            try {
                return ZfsSizes.parse(text.toString());
            } catch (RuntimeException e) {
                throw new XshException(method + ": bad size '" + text + "'", 1, e);
            }
        }
        throw wrong(method, size);
    }

    private static XshException wrong(String method, Object size) {
        return new XshException(method + ": a size is a Size (512.MiB), a number of MiB or a text such as '512m', not "
                + Settings.shown(size), 1);
    }
}
