package xsh.cfg.libxl;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import xsh.cfg.domain.DomainConfig;
import xsh.cfg.domain.DomainFlag;

/**
 * libxl's {@code c_info} as xl fills it: the type, name and UUID (from the file, else a
 * fresh random one, the step xl takes at parse time), the XSM label, the pool's name and
 * xl.conf's {@code run_hotplug_scripts}. The pool id stays 0: libxl looks the name up later.
 */
final class CreateInfoJson {

    private static final UUID NIL = new UUID(0, 0);

    private CreateInfoJson() {
    }

    static Map<String, Object> of(DomainConfig c, XlGlobals globals, Supplier<UUID> uuids) {
        UUID uuid = c.uuid().orElseGet(uuids);
        return new LibxlJson()
                .raw("type", c.type().xlName())
                .defbool("hap", c.flag(DomainFlag.HAP))
                .defbool("oos", c.flag(DomainFlag.OOS))
                .string("ssid_label", c.initSeclabel().or(c::seclabel))
                .raw("name", c.name())
                .string("uuid", NIL.equals(uuid) ? Optional.empty() : Optional.of(uuid.toString()))
                .string("pool_name", c.pool())
                .defbool("run_hotplug_scripts", Optional.of(globals.runHotplugScripts()))
                .defbool("driver_domain", c.flag(DomainFlag.DRIVER_DOMAIN))
                .defbool("xend_suspend_evtchn_compat", c.flag(DomainFlag.XEND_SUSPEND_EVTCHN_COMPAT))
                .map();
    }
}
