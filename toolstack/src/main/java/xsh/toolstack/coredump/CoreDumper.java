package xsh.toolstack.coredump;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import xsh.error.MultiLineException;
import xsh.hv.DomainInfo;
import xsh.hv.HvError;
import xsh.hv.HvException;
import xsh.hv.Hypervisor;
import xsh.hv.LogSite;
import xsh.hv.NativeToolstack;
import xsh.hv.coredump.CoreFile;
import xsh.hv.coredump.CoreIdentity;
import xsh.toolstack.domain.DomainResolver;
import xsh.toolstack.domain.LibxlLines;
import xsh.toolstack.oserror.Strerror;

/**
 * {@code xl dump-core DOMAIN FILE}: the domain is paused while its memory is copied, so the
 * core is one instant of it, and unpaused afterwards whatever happened, so a failed dump
 * never leaves it paused. The file appears whole or not at all ({@link CoreFile}). On a real
 * Dom0 xl's own {@code xl dump-core} writes it ({@link Hypervisor#nativeToolstack}). A
 * failure is libxl's line and xl's
 * {@code core dump failed (rc=-3)}, exit 1.
 */
public final class CoreDumper {

    /** libxl_domain_core_dump's line when libxc cannot write the core. */
    private static final LogSite CORE_DUMPING = LogSite.libxlDomain("libxl_domain.c", 603, "libxl_domain_core_dump");

    private final Hypervisor hv;
    private final boolean xlCompatible;

    /** @param xlCompatible tell a failure as xl prints it, libxl's prefix and all */
    public CoreDumper(Hypervisor hv, boolean xlCompatible) {
        this.hv = hv;
        this.xlCompatible = xlCompatible;
    }

    /** @return the domid dumped */
    public int dump(String domain, String fileName) {
        int domid = DomainResolver.resolve(hv, domain);
        DomainInfo d = hv.domain(domid).orElseThrow(
                () -> failed(domid, new HvException(HvError.DOMAIN_NOTFOUND, "Non-existant domain")));
        Optional<NativeToolstack> xl = hv.nativeToolstack();
        if (xl.isPresent()) {
            dumpNatively(xl.get(), domid, fileName);
            return domid;
        }
        Path file;
        try {
            file = Path.of(fileName).toAbsolutePath();
        } catch (InvalidPathException e) {
            throw writeFailed(domid, fileName, fileName, "Invalid argument");
        }
        try {
            hv.pause(domid);
        } catch (HvException e) {
            throw failed(domid, e);
        }
        try {
            write(file, fileName, new CoreIdentity(d.name(), domid, d.uuid(), d.type(), d.maxVcpus()));
        } finally {
            unpause(domid);
        }
        return domid;
    }

    /**
     * A real guest's memory only xl can read: {@code xl dump-core} writes the core, FILE a path
     * on the Dom0 as given. xl writes FILE in place, so a failure removes what it left of it.
     */
    private void dumpNatively(NativeToolstack xl, int domid, String fileName) {
        try {
            hv.pause(domid);
        } catch (HvException e) {
            throw failed(domid, e);
        }
        try {
            xl.dumpCore(domid, fileName);
        } catch (RuntimeException e) {
            removeQuietly(xl, fileName);
            throw e instanceof HvException told ? failed(domid, told) : e;
        } finally {
            unpause(domid);
        }
    }

    private static void removeQuietly(NativeToolstack xl, String file) {
        try {
            xl.removeFile(file);
        } catch (RuntimeException e) {
            // the failure that matters is the dump's
        }
    }

    /** Undoes this dump's pause; a domain destroyed meanwhile has nothing left to unpause. */
    private void unpause(int domid) {
        try {
            hv.unpause(domid);
        } catch (HvException gone) {
            // the failure that matters, if any, is the dump's
        }
    }

    private void write(Path file, String fileName, CoreIdentity who) {
        try {
            CoreFile.write(file, who, hv.memory(who.domid()));
        } catch (IOException e) {
            throw writeFailed(who.domid(), file.toString(), fileName, Strerror.of(e));
        } catch (HvException e) {
            throw failed(who.domid(), e);
        }
    }

    /**
     * A core that cannot be written: xsh names the file as it resolved it; libxl logs the
     * name it was given.
     */
    private MultiLineException writeFailed(int domid, String resolved, String given, String reason) {
        return failed(domid, xlCompatible
                ? new HvException(HvError.FAIL, CORE_DUMPING, "Core dumping domain to " + given + ": " + reason)
                : new HvException(HvError.FAIL, "cannot write core to " + resolved + ": " + reason));
    }

    private MultiLineException failed(int domid, HvException e) {
        return new MultiLineException(List.of(LibxlLines.forDomain(domid, e, xlCompatible),
                "core dump failed (rc=" + HvError.FAIL.rc() + ")"), 1, e);
    }
}
