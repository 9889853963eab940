package xsh.cfg.domain;

import java.util.Optional;

/** QEMU's version and overrides; an unknown version is fatal at parse time. */
final class DeviceModelReader {

    private final ReadContext ctx;

    DeviceModelReader(ReadContext ctx) {
        this.ctx = ctx;
    }

    void read(DomainConfigBuilder b) {
        warnAboutRetiredDeviceModel(b);
        Optional<String> override = ctx.string("device_model_override");
        Optional<DeviceModelVersion> version = Optional.empty();
        Optional<String> versionText = ctx.string("device_model_version");
        if (versionText.isPresent()) {
            version = DeviceModelVersion.fromXlName(versionText.get());
            if (version.isEmpty()) {
                throw ctx.fail("device_model_version", "Unknown device_model_version \"" + versionText.get()
                        + "\" specified (expected qemu-xen or qemu-xen-traditional)");
            }
        } else if (override.isPresent()) {
            ctx.warn("device_model_override", "device model override given without specific DM version");
        }
        b.deviceModel = new DeviceModel(version, override, ctx.bool("device_model_stubdomain_override"));
    }

    /** {@code device_model=} is ignored by xl, which says what to use instead. */
    private void warnAboutRetiredDeviceModel(DomainConfigBuilder b) {
        Optional<String> deviceModel = ctx.string("device_model");
        if (deviceModel.isEmpty()) {
            return;
        }
        ctx.warn("device_model", "ignoring device_model directive. Use \"device_model_override\" instead"
                + " if you really want a non-default device_model");
        if (deviceModel.get().contains("stubdom-dm")) {
            ctx.warn("device_model", b.type == DomainType.HVM
                    ? "Or use \"device_model_stubdomain_override\" if you want to enable stubdomains"
                    : "ignoring \"device_model_stubdomain_override\" directive for pv guest");
        }
    }
}
