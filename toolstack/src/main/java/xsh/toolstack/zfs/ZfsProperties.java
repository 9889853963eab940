package xsh.toolstack.zfs;

import static xsh.hv.storage.DatasetType.FILESYSTEM;
import static xsh.hv.storage.DatasetType.SNAPSHOT;
import static xsh.hv.storage.DatasetType.VOLUME;
import static xsh.toolstack.zfs.ZfsProperty.Access.DEFAULT;
import static xsh.toolstack.zfs.ZfsProperty.Access.INHERIT;
import static xsh.toolstack.zfs.ZfsProperty.Access.ONETIME;
import static xsh.toolstack.zfs.ZfsProperty.Access.READONLY;
import static xsh.toolstack.zfs.ZfsProperty.Kind.DATE;
import static xsh.toolstack.zfs.ZfsProperty.Kind.INDEX;
import static xsh.toolstack.zfs.ZfsProperty.Kind.LIMIT;
import static xsh.toolstack.zfs.ZfsProperty.Kind.NUMBER;
import static xsh.toolstack.zfs.ZfsProperty.Kind.RATIO;
import static xsh.toolstack.zfs.ZfsProperty.Kind.SIZE;
import static xsh.toolstack.zfs.ZfsProperty.Kind.STRING;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import xsh.hv.storage.DatasetType;
import xsh.toolstack.zfs.ZfsProperty.Access;
import xsh.toolstack.zfs.ZfsProperty.Kind;

/**
 * zfs's native properties (zfs_prop.c's table, the ones {@code zfs get all} shows) and how a
 * property name given on the command line is resolved: by its name or, as zfs allows, by its
 * column header in any case ({@code avail}, {@code refer}, {@code compress}). A name with a
 * colon is a user property. Defaults are OpenZFS's (aclmode discard, version 5), which decide
 * whether {@code zfs get} calls a value {@code default}.
 */
public final class ZfsProperties {

    private static final Set<DatasetType> ALL = EnumSet.allOf(DatasetType.class);
    private static final Set<DatasetType> FS = EnumSet.of(FILESYSTEM);
    private static final Set<DatasetType> VOL = EnumSet.of(VOLUME);
    private static final Set<DatasetType> SNAP = EnumSet.of(SNAPSHOT);
    private static final Set<DatasetType> FS_VOL = EnumSet.of(FILESYSTEM, VOLUME);
    private static final Set<DatasetType> FS_SNAP = EnumSet.of(FILESYSTEM, SNAPSHOT);

    private static final Map<String, ZfsProperty> BY_NAME = new LinkedHashMap<>();

    static {
        // the name pseudo-property first: zfs list's first column
        add("name", "NAME", STRING, READONLY, ALL, "-", null);
        add("type", "TYPE", STRING, READONLY, ALL, "filesystem | volume | snapshot", null);
        add("creation", "CREATION", DATE, READONLY, ALL, "<date>", null);
        add("used", "USED", SIZE, READONLY, ALL, "<size>", null);
        add("available", "AVAIL", SIZE, READONLY, FS_VOL, "<size>", null);
        add("referenced", "REFER", SIZE, READONLY, ALL, "<size>", null);
        add("compressratio", "RATIO", RATIO, READONLY, ALL, "<1.00x or higher if compressed>", null);
        add("mounted", "MOUNTED", INDEX, READONLY, FS, "yes | no", null);
        add("origin", "ORIGIN", STRING, READONLY, FS_VOL, "<snapshot>", null);
        add("quota", "QUOTA", LIMIT, DEFAULT, FS, "<size> | none", "0");
        add("reservation", "RESERV", LIMIT, DEFAULT, FS_VOL, "<size> | none", "0");
        add("volsize", "VOLSIZE", SIZE, DEFAULT, VOL, "<size>", null);
        add("volblocksize", "VOLBLOCK", SIZE, ONETIME, VOL, "512 to 128k, power of 2", "8192");
        add("recordsize", "RECSIZE", SIZE, INHERIT, FS, "512 to 128k, power of 2", "131072");
        add("mountpoint", "MOUNTPOINT", STRING, INHERIT, FS, "<path> | legacy | none", null);
        add("sharenfs", "SHARENFS", STRING, INHERIT, FS, "on | off | share(1M) options", "off");
        add("checksum", "CHECKSUM", INDEX, INHERIT, FS_VOL, "on | off | fletcher2 | fletcher4 | sha256", "on");
        add("compression", "COMPRESS", INDEX, INHERIT, FS_VOL, "on | off | lzjb | gzip | gzip-[1-9] | zle", "off");
        add("atime", "ATIME", INDEX, INHERIT, FS, "on | off", "on");
        add("devices", "DEVICES", INDEX, INHERIT, FS_SNAP, "on | off", "on");
        add("exec", "EXEC", INDEX, INHERIT, FS_SNAP, "on | off", "on");
        add("setuid", "SETUID", INDEX, INHERIT, FS_SNAP, "on | off", "on");
        add("readonly", "RDONLY", INDEX, INHERIT, FS_VOL, "on | off", "off");
        add("zoned", "ZONED", INDEX, INHERIT, FS, "on | off", "off");
        add("snapdir", "SNAPDIR", INDEX, INHERIT, FS, "hidden | visible", "hidden");
        add("aclmode", "ACLMODE", INDEX, INHERIT, FS, "discard | groupmask | passthrough", "discard");
        add("aclinherit", "ACLINHERIT", INDEX, INHERIT, FS,
                "discard | noallow | restricted | passthrough | passthrough-x", "restricted");
        add("canmount", "CANMOUNT", INDEX, DEFAULT, FS, "on | off | noauto", "on");
        add("xattr", "XATTR", INDEX, INHERIT, FS_SNAP, "on | off", "on");
        add("copies", "COPIES", INDEX, INHERIT, FS_VOL, "1 | 2 | 3", "1");
        add("version", "VERSION", INDEX, DEFAULT, FS_SNAP, "1 | 2 | 3 | 4 | current", "5");
        add("utf8only", "UTF8ONLY", INDEX, ONETIME, FS_SNAP, "on | off", "off");
        add("normalization", "NORMALIZATION", INDEX, ONETIME, FS_SNAP, "none | formC | formD | formKC | formKD", "none");
        add("casesensitivity", "CASE", INDEX, ONETIME, FS_SNAP, "sensitive | insensitive | mixed", "sensitive");
        add("vscan", "VSCAN", INDEX, INHERIT, FS, "on | off", "off");
        add("nbmand", "NBMAND", INDEX, INHERIT, FS_SNAP, "on | off", "off");
        add("sharesmb", "SHARESMB", STRING, INHERIT, FS, "on | off | sharemgr(1M) options", "off");
        add("refquota", "REFQUOTA", LIMIT, DEFAULT, FS, "<size> | none", "0");
        add("refreservation", "REFRESERV", LIMIT, DEFAULT, FS_VOL, "<size> | none", "0");
        add("primarycache", "PRIMARYCACHE", INDEX, INHERIT, ALL, "all | none | metadata", "all");
        add("secondarycache", "SECONDARYCACHE", INDEX, INHERIT, ALL, "all | none | metadata", "all");
        add("usedbysnapshots", "USEDSNAP", SIZE, READONLY, FS_VOL, "<size>", null);
        add("usedbydataset", "USEDDS", SIZE, READONLY, FS_VOL, "<size>", null);
        add("usedbychildren", "USEDCHILD", SIZE, READONLY, FS_VOL, "<size>", null);
        add("usedbyrefreservation", "USEDREFRESERV", SIZE, READONLY, FS_VOL, "<size>", null);
        add("defer_destroy", "DEFER_DESTROY", INDEX, READONLY, SNAP, "yes | no", null);
        add("userrefs", "USERREFS", NUMBER, READONLY, SNAP, "<count>", null);
        add("logbias", "LOGBIAS", INDEX, INHERIT, FS_VOL, "latency | throughput", "latency");
        add("dedup", "DEDUP", INDEX, INHERIT, FS_VOL, "on | off | verify | sha256[,verify]", "off");
        add("mlslabel", "MLSLABEL", STRING, INHERIT, ALL, "<sensitivity label>", "none");
        // OpenZFS's additions that scripts ask for
        add("written", "WRITTEN", SIZE, READONLY, ALL, "<size>", null);
        add("logicalused", "LUSED", SIZE, READONLY, ALL, "<size>", null);
        add("logicalreferenced", "LREFER", SIZE, READONLY, ALL, "<size>", null);
        add("refcompressratio", "REFRATIO", RATIO, READONLY, ALL, "<1.00x or higher if compressed>", null);
        add("createtxg", "CREATETXG", NUMBER, READONLY, ALL, "-", null);
        add("guid", "GUID", NUMBER, READONLY, ALL, "-", null);
        add("volmode", "VOLMODE", INDEX, INHERIT, VOL, "default | full | geom | dev | none", "default");
        add("sync", "SYNC", INDEX, INHERIT, FS_VOL, "standard | always | disabled", "standard");
    }

    private ZfsProperties() {
    }

    private static void add(String name, String column, Kind kind, Access access, Set<DatasetType> types,
                            String values, String defaultValue) {
        BY_NAME.put(name, new ZfsProperty(name, column, kind, access, types, values, defaultValue));
    }

    /** The native property a command-line word names: its name or its column header, in any case. */
    public static Optional<ZfsProperty> find(String word) {
        ZfsProperty exact = BY_NAME.get(word);
        if (exact != null) {
            return Optional.of(exact);
        }
        String lower = word.toLowerCase(Locale.ROOT);
        return BY_NAME.values().stream()
                .filter(p -> p.name().equals(lower) || p.column().toLowerCase(Locale.ROOT).equals(lower))
                .findFirst();
    }

    /** A user property: a name with a colon ({@code com.example:backup}). */
    public static boolean isUserProperty(String word) {
        return word.indexOf(':') > 0;
    }

    /** Every native property but the name, in zfs's order. */
    public static List<ZfsProperty> all() {
        List<ZfsProperty> all = new ArrayList<>(BY_NAME.values());
        all.remove(0);
        return Collections.unmodifiableList(all);
    }

    static ZfsProperty name() {
        return BY_NAME.get("name");
    }
}
