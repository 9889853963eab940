package xsh.hv.sim.lifecycle;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
import xsh.hv.sim.build.Overrides;
import xsh.hv.sim.build.StoredConfig;
import xsh.hv.sim.domains.DomainRecord;
import xsh.hv.sim.store.Tx;

/**
 * What xl's monitor holds on to while it sleeps before building a domain again: the
 * configuration, reloaded from the dying domain as {@code reload_domain_config} does. A
 * config-update'd text is used as it is; otherwise the running domain's name, uuid, memory,
 * vcpus and scheduler parameters override the original file's.
 */
record RestartPlan(StoredConfig config, Overrides overrides) {

    static RestartPlan of(Tx tx, DomainRecord d) {
        StoredConfig config = StoredConfig.load(tx, d.domid)
                .orElseThrow(() -> new IllegalStateException("domain " + d.domid + " has no stored configuration"));
        Overrides overrides = config.updated()
                ? Overrides.NONE
                : new Overrides(d.name, d.uuid, d.targetKib, d.maxKib, d.onlineVcpus, d.weight, d.cap);
        return new RestartPlan(config, overrides);
    }

    byte[] encode() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF(config.sourceName());
            out.writeInt(config.source().length);
            out.write(config.source());
            out.writeBoolean(config.updated());
            Overrides o = overrides;
            out.writeBoolean(o.name() != null);
            if (o.name() != null) {
                out.writeUTF(o.name());
                out.writeUTF(o.uuid().toString());
                out.writeLong(o.targetKib());
                out.writeLong(o.maxKib());
                out.writeInt(o.onlineVcpus());
                out.writeInt(o.weight());
                out.writeInt(o.cap());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static RestartPlan decode(byte[] payload) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload))) {
            String sourceName = in.readUTF();
            byte[] source = in.readNBytes(in.readInt());
            StoredConfig config = new StoredConfig(sourceName, source, in.readBoolean());
            Overrides o = Overrides.NONE;
            if (in.readBoolean()) {
                o = new Overrides(in.readUTF(), UUID.fromString(in.readUTF()), in.readLong(), in.readLong(),
                        in.readInt(), in.readInt(), in.readInt());
            }
            return new RestartPlan(config, o);
        } catch (IOException e) {
            throw new UncheckedIOException("a restart in the host state is unreadable", e);
        }
    }
}
