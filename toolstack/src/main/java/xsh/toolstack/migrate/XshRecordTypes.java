package xsh.toolstack.migrate;

/**
 * The types of xsh's optional records in a migration stream (bit 31 is added on the wire).
 * libxc's own types are small numbers; xsh's live in a block of their own, far from them.
 */
public final class XshRecordTypes {

    /** Bit 31: a record a reader may skip when it does not know its type. */
    public static final int OPTIONAL = 0x80000000;

    /** The domain the receiver builds: memory size, the xl.cfg's name and text. */
    public static final int DOMAIN = 0x0058_5300;
    /** Storage records ({@link StorageTransfer}): this and the next 15 types are theirs. */
    public static final int STORAGE_FIRST = 0x0058_5310;
    public static final int STORAGE_LAST = 0x0058_531F;

    private XshRecordTypes() {
    }

    public static boolean isStorage(int type) {
        return type >= STORAGE_FIRST && type <= STORAGE_LAST;
    }
}
