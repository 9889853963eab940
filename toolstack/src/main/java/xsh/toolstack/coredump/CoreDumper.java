package xsh.toolstack.coredump;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import xsh.error.MultiLineException;
import xsh.hv.DomainInfo;
import xsh.hv.HvError;
import xsh.hv.HvException;
import xsh.hv.Hypervisor;
import xsh.hv.coredump.CoreFile;
import xsh.hv.coredump.CoreIdentity;
import xsh.toolstack.domain.DomainResolver;
import xsh.toolstack.domain.LibxlLines;
import xsh.toolstack.oserror.Strerror;

/**
 * {@code xl dump-core DOMAIN FILE}: the domain is paused while its memory is copied, so the
 * core is one instant of it, and unpaused afterwards whatever happened, so a failed dump
 * never leaves it paused. The file appears whole or not at all ({@link CoreFile}). A
 * failure is libxl's line and xl's
 * {@code core dump failed (rc=-3)}, exit 1.
 */
public final class CoreDumper {

    private final Hypervisor hv;

    public CoreDumper(Hypervisor hv) {
        this.hv = hv;
    }

    /** @return the domid dumped */
    public int dump(String domain, String fileName) {
        int domid = DomainResolver.resolve(hv, domain);
        DomainInfo d = hv.domain(domid).orElseThrow(() -> failed(domid, "Non-existant domain"));
        Path file;
        try {
            file = Path.of(fileName).toAbsolutePath();
        } catch (InvalidPathException e) {
            throw failed(domid, "cannot write core to " + fileName + ": Invalid argument");
        }
        try {
            hv.pause(domid);
        } catch (HvException e) {
            throw failed(domid, e.getMessage());
        }
        try {
            write(file, new CoreIdentity(d.name(), domid, d.uuid(), d.type(), d.maxVcpus()));
        } finally {
            unpause(domid);
        }
        return domid;
    }

    /** Undoes this dump's pause; a domain destroyed meanwhile has nothing left to unpause. */
    private void unpause(int domid) {
        try {
            hv.unpause(domid);
        } catch (HvException gone) {
            // the failure that matters, if any, is the dump's
        }
    }

    private void write(Path file, CoreIdentity who) {
        try {
            CoreFile.write(file, who, hv.memory(who.domid()));
        } catch (IOException e) {
            throw failed(who.domid(), "cannot write core to " + file + ": " + Strerror.of(e));
        } catch (HvException e) {
            throw failed(who.domid(), e.getMessage());
        }
    }

    private static MultiLineException failed(int domid, String reason) {
        HvException e = new HvException(HvError.FAIL, reason);
        return new MultiLineException(List.of(LibxlLines.forDomain(domid, e), "core dump failed (rc=" + HvError.FAIL.rc() + ")"), 1);
    }
}
