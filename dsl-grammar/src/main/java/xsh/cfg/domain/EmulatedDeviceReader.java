package xsh.cfg.domain;

import java.util.Optional;
import xsh.cfg.raw.Atom;

/** HVM's emulated serial ports, boot order, USB and sound; none is checked at parse time. */
final class EmulatedDeviceReader {

    private final ReadContext ctx;

    EmulatedDeviceReader(ReadContext ctx) {
        this.ctx = ctx;
    }

    void read(DomainConfigBuilder b) {
        Optional<StringOrList> serial = stringOrList("serial");
        Optional<String> boot = ctx.string("boot");
        Optional<Boolean> usb = ctx.bool("usb");
        var usbVersion = ctx.number("usbversion");
        Optional<StringOrList> usbDevice = stringOrList("usbdevice");
        b.emulated = new EmulatedDevices(serial, boot, usb, usbVersion, usbDevice, Optional.empty());
    }

    void readSoundhw(DomainConfigBuilder b) {
        EmulatedDevices e = b.emulated;
        b.emulated = new EmulatedDevices(e.serial(), e.boot(), e.usb(), e.usbVersion(), e.usbDevice(),
                ctx.string("soundhw"));
    }

    /** A list (read quietly, as xl does), else a single string. */
    private Optional<StringOrList> stringOrList(String key) {
        if (ctx.isList(key)) {
            return Optional.of(StringOrList.list(ctx.atomList(key).orElseThrow().stream().map(Atom::text).toList()));
        }
        return ctx.quietString(key).map(StringOrList::single);
    }
}
