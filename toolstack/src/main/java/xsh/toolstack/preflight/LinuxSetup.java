package xsh.toolstack.preflight;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import xsh.hv.dom0.Dom0Os;

/**
 * A Debian Dom0 as its packages set one up: xen-system (the hypervisor in /boot and xl),
 * Xen's services enabled, dom0_mem= on Xen's GRUB command line, a bridge with the host's
 * NIC (ifupdown's bridge_ports, or systemd-networkd), /var/log/xen, and the reboot into Xen
 * (/proc/xen/capabilities says control_d).
 */
final class LinuxSetup {

    static final String GRUB_DOM0_MEM = "dom0_mem=4096M,max:4096M";
    private static final List<String> SERVICES = List.of("xen.service", "xencommons.service", "xenstored.service");
    private static final Pattern IFACE = Pattern.compile("^\\s*iface\\s+(\\S+)\\s+inet6?\\s", Pattern.MULTILINE);

    private final Dom0Tree tree;

    LinuxSetup(Dom0Tree tree) {
        this.tree = tree;
    }

    List<StepResult> check() {
        List<StepResult> steps = new ArrayList<>();
        steps.add(packages());
        steps.add(services());
        steps.add(grub());
        steps.add(bridge());
        steps.add(Dom0Steps.logDir(tree));
        steps.add(Dom0Steps.running(tree, Dom0Os.LINUX));
        return steps;
    }

    private StepResult packages() {
        String step = "Xen packages";
        Optional<String> xl = List.of("/usr/sbin/xl", "/usr/bin/xl").stream().filter(tree::exists).findFirst();
        Optional<String> hypervisor = tree.list("/boot").stream().filter(n -> n.startsWith("xen")).findFirst().map(n -> "/boot/" + n);
        if (xl.isPresent() && hypervisor.isPresent()) {
            return StepResult.done(step, hypervisor.get() + " and " + xl.get());
        }
        List<String> found = new ArrayList<>();
        if (hypervisor.isEmpty()) {
            found.add("no Xen hypervisor in /boot");
        }
        if (xl.isEmpty()) {
            found.add("no xl in /usr/sbin or /usr/bin");
        }
        return StepResult.missing(step, String.join(", ", found), "apt install xen-system-amd64");
    }

    /** xencommons' daemons start at boot: systemd's units or the sysv script, whichever the packages ship. */
    private StepResult services() {
        String step = "Xen services";
        String wants = "/etc/systemd/system/multi-user.target.wants/";
        for (String unit : SERVICES) {
            if (tree.exists(wants + unit)) {
                return StepResult.done(step, unit + " is enabled");
            }
        }
        for (String runlevel : List.of("/etc/rc2.d", "/etc/rc3.d", "/etc/rc5.d")) {
            for (String link : tree.list(runlevel)) {
                if (link.matches("S\\d*(xen|xencommons)")) {
                    return StepResult.done(step, runlevel + "/" + link + " starts at boot");
                }
            }
        }
        String fix;
        if (tree.exists("/lib/systemd/system/xenstored.service") || tree.exists("/usr/lib/systemd/system/xenstored.service")) {
            fix = "systemctl enable xenstored.service xenconsoled.service xen-init-dom0.service";
        } else if (tree.exists("/etc/init.d/xencommons")) {
            fix = "systemctl enable xencommons";
        } else {
            fix = "systemctl enable xen";
        }
        return StepResult.missing(step, "no Xen service is enabled", fix);
    }

    /** GRUB passes dom0_mem= to Xen: GRUB_CMDLINE_XEN_DEFAULT or GRUB_CMDLINE_XEN of /etc/default/grub(.d). */
    private StepResult grub() {
        String step = "grub dom0_mem";
        List<String> files = new ArrayList<>(List.of("/etc/default/grub"));
        tree.list("/etc/default/grub.d").stream().filter(n -> n.endsWith(".cfg")).forEach(n -> files.add("/etc/default/grub.d/" + n));
        ShAssignments grub = ShAssignments.read(tree, files.toArray(String[]::new));
        for (String key : List.of("GRUB_CMDLINE_XEN_DEFAULT", "GRUB_CMDLINE_XEN")) {
            Optional<String> mem = grub.get(key).flatMap(v -> XenCmdline.of(v).value("dom0_mem"));
            if (mem.isPresent()) {
                return StepResult.done(step, key + " has dom0_mem=" + mem.get());
            }
        }
        return StepResult.missing(step, "GRUB_CMDLINE_XEN_DEFAULT has no dom0_mem=",
                "echo 'GRUB_CMDLINE_XEN_DEFAULT=\"$GRUB_CMDLINE_XEN_DEFAULT " + GRUB_DOM0_MEM + "\"' >> /etc/default/grub"
                        + " && update-grub");
    }

    /** A bridge with a port: ifupdown's {@code bridge_ports eth0}, or a networkd bridge some .network joins. */
    private StepResult bridge() {
        String step = "bridge";
        List<String> interfaces = new ArrayList<>(List.of("/etc/network/interfaces"));
        tree.list("/etc/network/interfaces.d").forEach(n -> interfaces.add("/etc/network/interfaces.d/" + n));
        Pattern ports = Pattern.compile("^\\s*bridge[_-]ports\\s+(\\S+)", Pattern.MULTILINE);
        for (String file : interfaces) {
            Optional<String> text = tree.read(file);
            Optional<Matcher> port = text.map(ports::matcher).filter(Matcher::find);
            if (port.isPresent() && !port.get().group(1).equals("none")) {
                return StepResult.done(step, file + ": bridge_ports " + port.get().group(1));
            }
        }
        for (String name : tree.list("/etc/systemd/network")) {
            if (name.endsWith(".network")) {
                Optional<String> joined = tree.read("/etc/systemd/network/" + name)
                        .map(Pattern.compile("^\\s*Bridge\\s*=\\s*(\\S+)", Pattern.MULTILINE)::matcher)
                        .filter(Matcher::find).map(m -> m.group(1));
                if (joined.isPresent()) {
                    return StepResult.done(step, "/etc/systemd/network/" + name + " joins " + joined.get());
                }
            }
        }
        return StepResult.missing(step, "no bridge with a port in /etc/network/interfaces or /etc/systemd/network",
                "printf 'auto xenbr0\\niface xenbr0 inet dhcp\\n\\tbridge_ports " + guessNic() + "\\n' >> /etc/network/interfaces");
    }

    /** The NIC ifupdown configures, else eth0. */
    private String guessNic() {
        Matcher m = IFACE.matcher(tree.read("/etc/network/interfaces").orElse(""));
        while (m.find()) {
            if (!m.group(1).equals("lo") && !m.group(1).startsWith("br") && !m.group(1).startsWith("xenbr")) {
                return m.group(1);
            }
        }
        return "eth0";
    }
}
