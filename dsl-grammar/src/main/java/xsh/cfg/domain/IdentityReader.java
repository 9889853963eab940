package xsh.cfg.domain;

import java.util.Optional;
import java.util.UUID;

/**
 * The guest's identity: type, name, UUID, security labels and cpupool. All are decided at
 * parse time; whether the name is unused and the pool exists is for create time, on a host.
 */
final class IdentityReader {

    private final ReadContext ctx;

    IdentityReader(ReadContext ctx) {
        this.ctx = ctx;
    }

    /**
     * {@code init_seclabel} labels the domain at build time; {@code seclabel} is then the
     * label it switches to, or without {@code init_seclabel} the only label.
     */
    void readSecurityLabels(DomainConfigBuilder b) {
        b.initSeclabel = ctx.string("init_seclabel");
        b.seclabel = ctx.string("seclabel");
    }

    /** {@code type} by keyword prefix, then the deprecated {@code builder}, which must agree with it. */
    void readType(DomainConfigBuilder b) {
        Optional<DomainType> fromType = Optional.empty();
        Optional<String> type = ctx.string("type");
        if (type.isPresent()) {
            fromType = DomainType.fromTypeValue(type.get());
            if (fromType.isEmpty()) {
                throw ctx.fail("type", "Invalid domain type " + type.get() + "."
                        + " (expected pv, pvh or hvm)");
            }
        }
        Optional<String> builder = ctx.string("builder");
        if (builder.isPresent()) {
            Optional<DomainType> fromBuilder = DomainType.fromBuilderValue(builder.get());
            if (fromBuilder.isEmpty()) {
                throw ctx.fail("builder", "Invalid domain type " + builder.get() + "."
                        + " (the deprecated builder= takes hvm or generic)");
            }
            if (fromType.isPresent() && fromType.get() != fromBuilder.get()) {
                throw ctx.fail("builder", "Contradicting \"builder\" and \"type\" options specified."
                        + " (builder=\"" + builder.get() + "\" means " + fromBuilder.get().xlName()
                        + ", type=\"" + type.get() + "\" means " + fromType.get().xlName() + ")");
            }
            fromType = fromBuilder;
        }
        b.type = fromType.orElse(DomainType.defaultType());
    }

    void readName(DomainConfigBuilder b) {
        Optional<String> name = ctx.string("name");
        if (name.isEmpty()) {
            throw ctx.failWhole("Domain name must be specified.");
        }
        b.name = name.get();
    }

    void readUuid(DomainConfigBuilder b) {
        Optional<String> uuid = ctx.string("uuid");
        if (uuid.isPresent()) {
            Optional<UUID> parsed = UuidText.parse(uuid.get());
            if (parsed.isEmpty()) {
                throw ctx.fail("uuid", "Failed to parse UUID: " + uuid.get()
                        + " (expected 8-4-4-4-12 hex digits, e.g. 6ba7b810-9dad-11d1-80b4-00c04fd430c8)");
            }
            b.uuid = parsed;
        }
    }

    void readPool(DomainConfigBuilder b) {
        b.pool = ctx.string("pool");
    }
}
