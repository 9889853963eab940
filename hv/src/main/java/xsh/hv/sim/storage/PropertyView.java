package xsh.hv.sim.storage;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import xsh.hv.storage.Dataset;
import xsh.hv.storage.DatasetType;
import xsh.hv.sim.store.Tx;

/** A dataset as {@code zfs get -Hp all} shows it: every property that applies, parsable, in zfs's order. */
final class PropertyView {

    private final Tx tx;
    private final Map<String, SpaceAccounting> accounting = new TreeMap<>();
    /** Read once per view: a listing asks for every property of every dataset. */
    private final Map<Long, Map<String, String>> locals = new java.util.HashMap<>();
    private final Map<Long, Optional<DatasetRecord>> records = new java.util.HashMap<>();

    PropertyView(Tx tx) {
        this.tx = tx;
    }

    Dataset dataset(DatasetRecord d) {
        SpaceAccounting.Space space = accounting.computeIfAbsent(d.pool(), pool -> SpaceAccounting.of(tx, pool)).space(d);
        DatasetRecord head = d.isSnapshot() ? parent(d) : d;
        Map<String, String> p = new LinkedHashMap<>();
        for (PropertyRules.Native n : PropertyRules.natives()) {
            // zfs list's MOUNTPOINT column shows '-' for volumes and snapshots: they have the property as '-'
            if (!n.appliesTo(d.type()) && !n.name().equals("mountpoint")) {
                continue;
            }
            String value = switch (n.name()) {
                case "type" -> d.type().word();
                case "creation" -> String.valueOf(Math.floorDiv(d.createdNs(), 1_000_000_000L));
                case "used" -> String.valueOf(space.used());
                case "available" -> d.isSnapshot() ? "-" : String.valueOf(space.available());
                case "referenced", "logicalreferenced" -> String.valueOf(space.referenced());
                case "logicalused" -> String.valueOf(space.used());
                case "compressratio", "refcompressratio" -> "1.00";
                case "mounted" -> mounted(head) ? "yes" : "no";
                case "origin" -> d.originId() == null ? "-"
                        : DatasetTable.byId(tx, d.originId()).map(DatasetRecord::name).orElse("-");
                case "volsize" -> String.valueOf(volsize(head, d));
                case "volblocksize" -> String.valueOf(head.blockSize());
                case "recordsize" -> effective(head, "recordsize").orElse(String.valueOf(head.blockSize()));
                case "mountpoint" -> d.isFilesystem() ? mountpoint(head) : "-";
                case "createtxg" -> String.valueOf(d.txg());
                case "guid" -> Long.toUnsignedString(d.guid());
                case "usedbysnapshots" -> String.valueOf(space.usedBySnapshots());
                case "usedbydataset" -> String.valueOf(space.usedByDataset());
                case "usedbychildren" -> String.valueOf(space.usedByChildren());
                case "usedbyrefreservation" -> String.valueOf(space.usedByRefreservation());
                case "written" -> String.valueOf(space.written());
                case "clones" -> DatasetTable.clones(tx, d.id()).stream().map(DatasetRecord::name).collect(Collectors.joining(","));
                default -> effective(head, n.name()).orElse(n.defaultValue());
            };
            p.put(n.name(), value);
        }
        userProperties(d).forEach(p::put);
        return new Dataset(d.name(), d.type(), p);
    }

    private long volsize(DatasetRecord head, DatasetRecord d) {
        BlockMap.View view = d.isSnapshot() ? new BlockMap.View(head.id(), d.txg()) : BlockMap.View.live(head.id());
        return BlockMap.object(tx, view, BlockMap.VOLUME_OBJECT).map(BlockMap.FileObject::size).orElse(0L);
    }

    private boolean mounted(DatasetRecord head) {
        String mp = mountpoint(head);
        return mp.startsWith("/") && !effective(head, "canmount").orElse("on").equals("off");
    }

    /** The local value, or for an inherited property the nearest ancestor's. */
    Optional<String> effective(DatasetRecord head, String property) {
        boolean inherits = PropertyRules.isUser(property)
                || PropertyRules.find(property).map(PropertyRules.Native::inheritable).orElse(false);
        for (DatasetRecord a = head; a != null; a = parent(a)) {
            Optional<String> local = Optional.ofNullable(localsOf(a.id()).get(property));
            if (local.isPresent() || !inherits) {
                return local;
            }
        }
        return Optional.empty();
    }

    /** {@code /pool/a/b} by default; below a dataset with its own mountpoint, that path and the rest of the name. */
    String mountpoint(DatasetRecord head) {
        for (DatasetRecord a = head; a != null; a = parent(a)) {
            Optional<String> local = Optional.ofNullable(localsOf(a.id()).get("mountpoint"));
            if (local.isPresent()) {
                String mp = local.get();
                if (mp.equals("none") || mp.equals("legacy")) {
                    return mp;
                }
                String rest = head.name().substring(a.name().length());
                return mp.equals("/") && !rest.isEmpty() ? rest : mp + rest;
            }
        }
        return "/" + head.name();
    }

    /** A snapshot's own, then its dataset's and their ancestors'. */
    private Map<String, String> userProperties(DatasetRecord d) {
        Map<String, String> user = new TreeMap<>();
        for (DatasetRecord a = d; a != null; a = parent(a)) {
            for (Map.Entry<String, String> e : localsOf(a.id()).entrySet()) {
                if (PropertyRules.isUser(e.getKey())) {
                    user.putIfAbsent(e.getKey(), e.getValue());
                }
            }
        }
        return user;
    }

    private DatasetRecord parent(DatasetRecord d) {
        return d.parentId() == null ? null : records.computeIfAbsent(d.parentId(), id -> DatasetTable.byId(tx, id)).orElse(null);
    }

    private Map<String, String> localsOf(long id) {
        return locals.computeIfAbsent(id, i -> DatasetTable.locals(tx, i));
    }

}
