package xsh.toolstack.saverestore;

import xsh.error.XshException;

/**
 * Why an image cannot be restored: xl's own lines where xl checks the same thing (its header),
 * and one line naming the file for what only xsh checks (libxl's stream, the checksums).
 * Every one exits 1, as {@code xl restore} does.
 */
public final class ImageErrors {

    private ImageErrors() {
    }

    static XshException cannotOpen(String strerror) {
        return new XshException("Can't open restore file: " + strerror, 1);
    }

    public static XshException truncated() {
        return new XshException("Savefile truncated.", 1);
    }

    public static XshException wrongMagic() {
        return new XshException("File has wrong magic number - corrupt or for a different tool?", 1);
    }

    public static XshException wrongByteOrder() {
        return new XshException("File has wrong byte order", 1);
    }

    public static XshException unknownMandatoryFlags(int flags) {
        return new XshException("Savefile has mandatory flag(s) 0x" + Integer.toHexString(flags)
                + " which are not supported; need newer xl", 1);
    }

    static XshException corrupt(String file, String what) {
        return new XshException(file + ": " + what, 1);
    }

    static XshException checksum(String file, String region) {
        return corrupt(file, "checksum mismatch in " + region + ": the image is corrupt");
    }
}
