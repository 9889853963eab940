package xsh.toolstack.zfs

import xsh.hv.storage.Dataset
import xsh.hv.storage.DatasetType
import xsh.hv.storage.Storage
import xsh.hv.storage.StorageException

/**
 * A Storage for specifications: datasets in a map, sizes computed plainly (every filesystem
 * refers to 48K, a volume to its size), no copy-on-write. Messages are zfs's, as the
 * transcript of a real zfs shows them.
 */
class InMemoryStorage implements Storage {

    static final long POOL_SIZE = 200L * 1024 * 1024
    static final long FS_REFER = 48L * 1024

    static class Node {
        String name
        DatasetType type
        Map<String, String> local = [:]
        long created
        long refer = FS_REFER
        long volsize
        String origin
    }

    final Map<String, Node> nodes = [:]
    long clock = 1_700_000_000L
    long volblocksize = 8192

    InMemoryStorage(String... pools) {
        pools.each { nodes[it] = new Node(name: it, type: DatasetType.FILESYSTEM, created: clock++) }
    }

    @Override
    List<String> pools() {
        nodes.keySet().findAll { !it.contains('/') && !it.contains('@') }.sort()
    }

    @Override
    List<Dataset> datasets() {
        sorted().collect { toDataset(it) }
    }

    private List<Node> sorted() {
        nodes.values().sort { a, b ->
            def (ad, as) = split(a.name)
            def (bd, bs) = split(b.name)
            ad <=> bd ?: (as == null ? (bs == null ? 0 : -1) : (bs == null ? 1 : a.created <=> b.created))
        }
    }

    private static List split(String name) {
        int at = name.indexOf('@')
        at < 0 ? [name, null] : [name.substring(0, at), name.substring(at + 1)]
    }

    @Override
    Optional<Dataset> dataset(String name) {
        Optional.ofNullable(nodes[name]).map { toDataset(it) }
    }

    private Dataset toDataset(Node node) {
        Map<String, String> p = new LinkedHashMap<>()
        p.type = node.type.word()
        p.creation = node.created.toString()
        p.used = used(node).toString()
        if (node.type != DatasetType.SNAPSHOT) {
            p.available = (POOL_SIZE - used(nodes[pool(node.name)])).toString()
        }
        p.referenced = node.refer.toString()
        p.compressratio = '1.00'
        if (node.type == DatasetType.FILESYSTEM) {
            p.mounted = 'yes'
        }
        if (node.origin) {
            p.origin = node.origin
        }
        if (node.type == DatasetType.FILESYSTEM) {
            p.quota = node.local.quota ?: '0'
        }
        if (node.type != DatasetType.SNAPSHOT) {
            p.reservation = node.local.reservation ?: '0'
        }
        if (node.type == DatasetType.VOLUME) {
            p.volsize = node.volsize.toString()
            p.volblocksize = node.local.volblocksize ?: volblocksize.toString()
        }
        if (node.type == DatasetType.FILESYSTEM) {
            p.recordsize = inherited(node, 'recordsize', '131072')
            p.mountpoint = mountpoint(node)
        }
        p.compression = inherited(node, 'compression', 'off')
        p.atime = inherited(node, 'atime', 'on')
        p.copies = inherited(node, 'copies', '1')
        node.local.findAll { k, v -> k.contains(':') }.each { k, v -> p[k] = v }
        new Dataset(node.name, node.type, p)
    }

    private long used(Node node) {
        if (node.type == DatasetType.SNAPSHOT) {
            return 0
        }
        long children = nodes.values().findAll { parent(it.name) == node.name && it.type != DatasetType.SNAPSHOT }
                .sum { used(it) } ?: 0
        node.refer + children
    }

    private String inherited(Node node, String property, String fallback) {
        Node at = node.type == DatasetType.SNAPSHOT ? nodes[split(node.name)[0]] : node
        while (at != null) {
            if (at.local[property] != null) {
                return at.local[property]
            }
            at = nodes[parent(at.name)]
        }
        fallback
    }

    private String mountpoint(Node node) {
        if (node.local.mountpoint) {
            return node.local.mountpoint
        }
        Node up = nodes[parent(node.name)]
        if (up == null) {
            return '/' + node.name
        }
        String base = mountpoint(up)
        base.startsWith('/') ? (base == '/' ? '' : base) + '/' + node.name.substring(up.name.length() + 1) : base
    }

    static String parent(String name) {
        int at = name.indexOf('@')
        if (at >= 0) {
            return name.substring(0, at)
        }
        int slash = name.lastIndexOf('/')
        slash < 0 ? null : name.substring(0, slash)
    }

    static String pool(String name) {
        name.split('[/@]')[0]
    }

    private void checkCreate(String name, boolean parents) {
        if (name.contains('@')) {
            throw new StorageException("cannot create '$name': snapshot delimiter '@' in filesystem name")
        }
        if (!nodes.containsKey(pool(name))) {
            throw new StorageException("cannot create '$name': no such pool '${pool(name)}'")
        }
        if (nodes.containsKey(name)) {
            throw new StorageException("cannot create '$name': dataset already exists")
        }
        if (!parents && !nodes.containsKey(parent(name))) {
            throw new StorageException("cannot create '$name': parent does not exist")
        }
    }

    private void makeParents(String name) {
        String up = parent(name)
        if (up != null && !nodes.containsKey(up)) {
            makeParents(up)
            nodes[up] = new Node(name: up, type: DatasetType.FILESYSTEM, created: clock++)
        }
    }

    @Override
    Dataset createFilesystem(String name, Map<String, String> properties, boolean parents) {
        checkCreate(name, parents)
        makeParents(name)
        nodes[name] = new Node(name: name, type: DatasetType.FILESYSTEM, created: clock++, local: new LinkedHashMap<>(properties))
        dataset(name).get()
    }

    @Override
    Dataset createVolume(String name, long sizeBytes, Map<String, String> properties, boolean parents, boolean sparse) {
        checkCreate(name, parents)
        makeParents(name)
        nodes[name] = new Node(name: name, type: DatasetType.VOLUME, created: clock++, volsize: sizeBytes,
                refer: 8192, local: new LinkedHashMap<>(properties))
        dataset(name).get()
    }

    @Override
    void snapshot(List<String> snapshots, boolean recursive) {
        List<String> all = []
        snapshots.each { snap ->
            def (ds, s) = split(snap)
            if (!nodes.containsKey(ds)) {
                throw new StorageException("cannot open '$ds': dataset does not exist")
            }
            all << snap
            if (recursive) {
                nodes.keySet().findAll { it.startsWith(ds + '/') && !it.contains('@') }.each { all << "$it@$s".toString() }
            }
        }
        all.each {
            if (nodes.containsKey(it)) {
                throw new StorageException("cannot create snapshot '$it': dataset already exists")
            }
        }
        long now = clock++
        all.each { nodes[it] = new Node(name: it, type: DatasetType.SNAPSHOT, created: now, refer: nodes[split(it)[0]].refer) }
    }

    @Override
    Dataset clone(String snapshot, String target, Map<String, String> properties, boolean parents) {
        Node snap = nodes[snapshot]
        if (snap == null) {
            throw new StorageException("cannot open '$snapshot': dataset does not exist")
        }
        checkCreate(target, parents)
        makeParents(target)
        Node source = nodes[split(snapshot)[0]]
        nodes[target] = new Node(name: target, type: source.type, created: clock++, refer: snap.refer,
                volsize: source.volsize, origin: snapshot, local: new LinkedHashMap<>(properties))
        dataset(target).get()
    }

    @Override
    void rollback(String snapshot, boolean destroyLater) {
        Node snap = nodes[snapshot]
        if (snap == null) {
            throw new StorageException("cannot open '$snapshot': dataset does not exist")
        }
        String ds = split(snapshot)[0]
        List<Node> later = sorted().findAll { split(it.name)[0] == ds && it.type == DatasetType.SNAPSHOT && it.created > snap.created }
        if (later && !destroyLater) {
            throw new StorageException("cannot rollback to '$snapshot': more recent snapshots exist\n" +
                    "use '-r' to force deletion of the following snapshots:\n" + later*.name.join('\n'))
        }
        later.each { nodes.remove(it.name) }
        nodes[ds].refer = snap.refer
    }

    @Override
    void destroy(String name, boolean recursive) {
        Node node = nodes[name]
        if (node == null) {
            throw new StorageException("cannot open '$name': dataset does not exist")
        }
        List<Node> below = sorted().findAll { it.name.startsWith(name + '/') || it.name.startsWith(name + '@') }
        List<Node> clones = nodes.values().findAll { it.origin && (it.origin == name || below*.name.contains(it.origin)) }
        if (clones && (recursive || node.type == DatasetType.SNAPSHOT)) {
            String what = node.type == DatasetType.SNAPSHOT ? 'snapshot' : node.type.word()
            throw new StorageException("cannot destroy '$name': $what has dependent clones\n" +
                    "use '-R' to destroy the following datasets:\n" + clones*.name.join('\n'))
        }
        if (below && !recursive) {
            throw new StorageException("cannot destroy '$name': ${node.type.word()} has children\n" +
                    "use '-r' to destroy the following datasets:\n" + below*.name.reverse().join('\n'))
        }
        below.each { nodes.remove(it.name) }
        nodes.remove(name)
    }

    @Override
    void rename(String from, String to, boolean parents) {
        if (!nodes.containsKey(from)) {
            throw new StorageException("cannot open '$from': dataset does not exist")
        }
        if (from.contains('@') && to.startsWith('@')) {
            to = split(from)[0] + to
        }
        if (nodes.containsKey(to)) {
            throw new StorageException("cannot rename to '$to': dataset already exists")
        }
        if (!to.contains('@')) {
            checkCreate(to, parents)
            makeParents(to)
        }
        nodes.keySet().findAll { it == from || it.startsWith(from + '/') || it.startsWith(from + '@') }.toList().each {
            Node n = nodes.remove(it)
            n.name = to + it.substring(from.length())
            nodes[n.name] = n
        }
    }

    @Override
    void set(String name, String property, String value) {
        if (!nodes.containsKey(name)) {
            throw new StorageException("cannot open '$name': dataset does not exist")
        }
        nodes[name].local[property] = value
    }

    @Override
    void send(String snapshot, Optional<String> from, OutputStream out) {
        Node snap = nodes[snapshot]
        if (snap == null) {
            throw new StorageException("cannot open '$snapshot': dataset does not exist")
        }
        def data = new DataOutputStream(out)
        data.writeUTF('XSHZFS1')
        data.writeUTF(from.map { split(it)[1] }.orElse(''))
        data.writeUTF(split(snapshot)[1])
        data.writeUTF(nodes[split(snapshot)[0]].type.name())
        data.writeLong(snap.refer)
        data.flush()
    }

    @Override
    void receive(String target, InputStream input, boolean force) {
        String base, snap, type
        long refer
        try {
            def data = new DataInputStream(input)
            if (data.readUTF() != 'XSHZFS1') {
                throw new IOException('bad magic')
            }
            base = data.readUTF()
            snap = data.readUTF()
            type = data.readUTF()
            refer = data.readLong()
        } catch (IOException e) {
            throw new StorageException('cannot receive: failed to read from stream')
        }
        String ds = split(target)[0]
        String snapName = split(target)[1] ?: snap
        if (base) {
            if (!nodes.containsKey("$ds@$base".toString())) {
                throw new StorageException("cannot receive incremental stream: destination $ds does not have snapshot $base")
            }
        } else if (nodes.containsKey(ds)) {
            if (!force) {
                throw new StorageException("cannot receive new filesystem stream: destination '$ds' exists\nmust specify -F to overwrite it")
            }
            destroy(ds, true)
        }
        if (!nodes.containsKey(ds)) {
            checkCreate(ds, false)
            nodes[ds] = new Node(name: ds, type: DatasetType.valueOf(type), created: clock++)
        }
        nodes[ds].refer = refer
        nodes["$ds@$snapName".toString()] = new Node(name: "$ds@$snapName", type: DatasetType.SNAPSHOT, created: clock++, refer: refer)
    }
}
