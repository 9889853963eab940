package xsh.hv.sim.console;

import xsh.cfg.domain.DomainType;

/**
 * A FreeBSD guest booting on Xen: for HVM the boot loader first, then the kernel's
 * copyright banner and probe lines (FreeBSD prints no timestamps), rc's services, and
 * getty's prompt on the Xen console (xc0) or, for HVM, the serial port (ttyu0).
 */
final class FreeBsdBoot {

    static final String RELEASE = "14.0-RELEASE";

    private FreeBsdBoot() {
    }

    static void write(ConsoleGuest guest, Transcript boot) {
        DomainType type = guest.type();
        if (type == DomainType.HVM) {
            boot.after(40, "SeaBIOS (version rel-1.16.3-0-Xen)")
                    .after(300, "Booting from Hard Disk...")
                    .after(200, "Consoles: internal video/keyboard  serial port")
                    .after(50, "FreeBSD/x86 bootstrap loader, Revision 1.1")
                    .after(300, "Loading /boot/defaults/loader.conf")
                    .after(500, "/boot/kernel/kernel text=0x1b0e4a0 data=0x1a1d58+0x5c3f28 syms=[0x8+0x1ab0a8+0x8+0x186a24]")
                    .after(800, "Booting...");
        }
        boot.kernelStarts();
        boot.after(20, "---<<BOOT>>---")
                .after(2, "Copyright (c) 1992-2023 The FreeBSD Project.")
                .after(1, "Copyright (c) 1979, 1980, 1983, 1986, 1988, 1989, 1991, 1992, 1993, 1994")
                .after(1, "        The Regents of the University of California. All rights reserved.")
                .after(1, "FreeBSD is a registered trademark of The FreeBSD Foundation.")
                .after(1, "FreeBSD " + RELEASE + " #0 releng/14.0-n265380-f9716eee8ab4: Fri Nov 10 05:57:23 UTC 2023")
                .after(1, "    root@releng1.nyi.freebsd.org:/usr/obj/usr/src/amd64.amd64/sys/GENERIC amd64")
                .after(30, "XEN: Hypervisor version 4.17 detected.")
                .after(20, "Hypervisor: Origin = \"XenVMMXenVMM\"")
                .after(250, "xenpv0: <Xen PV bus>")
                .after(80, "xenstore0: <XenStore> on xenpv0")
                .after(200, "xbd0: 20480MB <Virtual Block Device> at device/vbd/51712 on xenbusb_front0")
                .after(50, "xn0: <Virtual Network Interface> at device/vif/0 on xenbusb_front0")
                .after(400, "Trying to mount root from zfs:zroot/ROOT/default []...")
                .after(600, "Setting hostname: " + guest.name() + ".")
                .after(300, "Starting devd.")
                .after(400, "Starting sshd.")
                .after(200, "Starting cron.")
                .after(300, "")
                .after(5, "FreeBSD/amd64 (" + guest.name() + ") (" + (type == DomainType.HVM ? "ttyu0" : "xc0") + ")")
                .after(1, "")
                .after(1, guest.name() + " login: ");
    }
}
