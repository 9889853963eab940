package xsh.cfg.domain;

import java.util.ArrayList;
import java.util.List;
import xsh.cfg.disk.DiskSpec;
import xsh.cfg.disk.DiskSpecError;
import xsh.cfg.disk.DiskSpecException;
import xsh.cfg.disk.DiskSpecParser;
import xsh.cfg.raw.Atom;
import xsh.cfg.vif.ParsedVif;
import xsh.cfg.vif.VifDefaults;
import xsh.cfg.vif.VifSpecException;
import xsh.cfg.vif.VifSpecParser;

/**
 * The {@code disk} and {@code vif} lists. A bad disk spec is fatal (xl prints every error
 * of the spec, then exits); a vif's refused keys are only printed, as xl lets the vif be
 * created anyway, except for a bad rate, devid or mtu, which is fatal. Errors and warnings
 * point at the list item they are about.
 */
final class DeviceReader {

    private final ReadContext ctx;
    private final VifSpecParser vifParser;

    DeviceReader(ReadContext ctx, VifDefaults vifDefaults) {
        this.ctx = ctx;
        this.vifParser = new VifSpecParser(vifDefaults);
    }

    void readDisks(DomainConfigBuilder b) {
        List<DiskSpec> disks = new ArrayList<>();
        for (Atom item : ctx.atomList("disk").orElse(List.of())) {
            try {
                disks.add(DiskSpecParser.parse(item.text()));
            } catch (DiskSpecException e) {
                throw diskError(item, e);
            }
        }
        b.disks = disks;
    }

    /** One error per line xl prints, each at the item; the reading stops after them. */
    private FatalConfigError diskError(Atom item, DiskSpecException e) {
        List<DiskSpecError> errors = e.errors();
        for (int i = 0; i < errors.size() - 1; i++) {
            ctx.recordErrorAt(item.span(), withoutSource(errors.get(i).xlLine(ctx.sourceName())));
        }
        DiskSpecError last = errors.get(errors.size() - 1);
        return ctx.failAt(item.span(), withoutSource(last.xlLine(ctx.sourceName())), e.exitCode());
    }

    void readVifs(DomainConfigBuilder b) {
        List<Atom> items = ctx.atomList("vif").orElse(List.of());
        for (int i = 0; i < items.size(); i++) {
            Atom item = items.get(i);
            try {
                ParsedVif vif = vifParser.parseConfigEntry(ctx.sourceName(), i, item.text());
                vif.warnings().forEach(w -> ctx.warnAt(item.span(), withoutSource(w)));
                b.vifs.add(vif.spec());
            } catch (VifSpecException e) {
                e.warningsBefore().forEach(w -> ctx.warnAt(item.span(), withoutSource(w)));
                throw ctx.failAt(item.span(), withoutSource(e.xlMessage()), e.exitCode());
            }
        }
    }

    /** xl starts some lines with the file's name; a diagnostic names the file itself. */
    private String withoutSource(String xlLine) {
        String prefix = ctx.sourceName() + ": ";
        return xlLine.startsWith(prefix) ? xlLine.substring(prefix.length()) : xlLine;
    }
}
