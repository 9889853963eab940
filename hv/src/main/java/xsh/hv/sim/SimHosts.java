package xsh.hv.sim;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import xsh.error.XshException;
import xsh.hv.HostProvider;
import xsh.hv.HostSpec;
import xsh.hv.sim.clock.SimClock;
import xsh.hv.sim.host.HostLayout;
import xsh.hv.sim.host.HostMemory;
import xsh.hv.sim.resources.MemoryControl;
import xsh.hv.sim.store.HostDatabase;

/**
 * The embedded hosts under {@code XSH_HOME/hosts/}: one directory per host, its state in
 * {@code host.db}. A host is made on first use of its name ({@link HostSpec#DEFAULT}); making
 * one is atomic, so two processes opening a new name at once get the same host.
 */
public final class SimHosts implements HostProvider {

    /** A host's name is a directory name: no slashes, no dot-names, nothing a shell must quote. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private final Path hostsDir;
    private final SimClock clock;

    public SimHosts(Path xshHome) {
        this(xshHome, SimClock.system());
    }

    /** Hosts whose time comes from {@code clock}: a {@code ManualClock} in specifications. */
    public SimHosts(Path xshHome, SimClock clock) {
        this.hostsDir = xshHome.resolve("hosts");
        this.clock = clock;
    }

    /** The XSH_HOME the hosts are kept under, where xsh keeps what else it knows of them. */
    public Path home() {
        return hostsDir.getParent();
    }

    @Override
    public SimHost open(String name) {
        HostLayout layout = layout(name);
        if (!Files.exists(layout.database())) {
            try {
                initialize(name, HostSpec.DEFAULT, layout);
            } catch (FileAlreadyExistsException raced) {
                // another process made it first: use theirs
            }
        }
        return new SimHost(name, layout, HostDatabase.open(layout.database()), clock);
    }

    @Override
    public SimHost create(String name, HostSpec spec) {
        checkSpec(spec);
        HostLayout layout = layout(name);
        try {
            initialize(name, spec, layout);
        } catch (FileAlreadyExistsException e) {
            throw alreadyExists(name);
        }
        return new SimHost(name, layout, HostDatabase.open(layout.database()), clock);
    }

    @Override
    public List<String> names() {
        List<String> names = new ArrayList<>();
        if (!Files.isDirectory(hostsDir)) {
            return names;
        }
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(hostsDir)) {
            for (Path dir : dirs) {
                if (Files.exists(dir.resolve(HostLayout.DATABASE))) {
                    names.add(dir.getFileName().toString());
                }
            }
        } catch (IOException e) {
            throw new XshException(hostsDir + ": cannot list hosts: " + e.getMessage(), 1, e);
        }
        names.sort(null);
        return names;
    }

    public boolean exists(String hostName) {
        return Files.exists(layout(hostName).database());
    }

    private void initialize(String name, HostSpec spec, HostLayout layout) throws FileAlreadyExistsException {
        if (Files.exists(layout.database())) {
            throw new FileAlreadyExistsException(layout.database().toString());
        }
        long now = clock.nowNanos();
        HostDatabase.create(layout.database(), tx -> HostInitializer.initialize(tx, name, spec, now));
    }

    private HostLayout layout(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new XshException("invalid host name '" + name + "': use letters, digits, '.', '_' and '-',"
                    + " starting with a letter or digit (at most 64)", 1);
        }
        return new HostLayout(hostsDir.resolve(name));
    }

    private static XshException alreadyExists(String name) {
        return new XshException("host '" + name + "' already exists", 1);
    }

    /** A host must be able to boot: Domain-0 fits, and has vcpus to run on. */
    static void checkSpec(HostSpec spec) {
        if (spec.cpus() < 1 || spec.cpus() > 4096) {
            throw new XshException("a host has 1 to 4096 pCPUs, not " + spec.cpus(), 1);
        }
        if (spec.nodes() < 1 || spec.nodes() > 64 || spec.cpus() % spec.nodes() != 0) {
            throw new XshException("the " + spec.cpus() + " pCPUs cannot be split evenly into " + spec.nodes()
                    + " NUMA nodes (1 to 64)", 1);
        }
        if (spec.dom0Vcpus() < 1 || spec.dom0Vcpus() > spec.cpus()) {
            throw new XshException("Domain-0 has 1 to " + spec.cpus() + " vcpus on this host, not " + spec.dom0Vcpus(), 1);
        }
        if (spec.dom0MemoryMib() * 1024 < MemoryControl.MIN_DOM0_KIB) {
            throw new XshException("Domain-0 needs at least " + MemoryControl.MIN_DOM0_KIB / 1024 + " MiB, not "
                    + spec.dom0MemoryMib(), 1);
        }
        if (spec.dom0MemoryMib() * 1024 > HostMemory.domainCapacityKib(spec)) {
            throw new XshException("Domain-0's " + spec.dom0MemoryMib() + " MiB do not fit in " + spec.memoryMib()
                    + " MiB (Xen keeps " + HostMemory.xenReservedKib(spec) / 1024 + " MiB)", 1);
        }
    }
}
