package xsh.toolstack.preflight;

import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import xsh.hv.dom0.Dom0Os;

/**
 * A FreeBSD Dom0 as the FreeBSD Handbook ("FreeBSD as a Xen Host") sets one up: the Xen
 * packages, vm.max_wired, memorylocked, the xc0 console, the Xen kernel and its command line
 * in /boot/loader.conf, if_tap, xencommons, a bridge with the host's NIC, /var/log/xen, and
 * the reboot into Xen. Which Xen: {@code xenVersion} when given, else 4.7 if xen_cmdline
 * spells a PVH Dom0 4.7's way ({@code dom0pvh=1}), else 4.11 or later.
 */
final class FreeBsdSetup {

    static final String LOADER_CONF = "/boot/loader.conf";
    static final String SEED_CMDLINE = "dom0_mem=8192M dom0_max_vcpus=4 dom0=pvh console=com1,vga com1=115200,8n1 "
            + "guest_loglvl=all loglvl=all";
    static final String XC0_LINE = "xc0     \"/usr/libexec/getty Pc\"         xterm   onifconsole  secure";

    private final Dom0Tree tree;
    private final ShAssignments loader;
    private final ShAssignments rc;
    private final XenCmdline cmdline;
    private final XenVersion xen;

    FreeBsdSetup(Dom0Tree tree, Optional<XenVersion> xenVersion) {
        this.tree = tree;
        this.loader = ShAssignments.read(tree, LOADER_CONF, "/boot/loader.conf.local");
        this.rc = ShAssignments.read(tree, "/etc/rc.conf", "/etc/rc.conf.local");
        this.cmdline = XenCmdline.of(loader.get("xen_cmdline").orElse(""));
        this.xen = xenVersion.orElse(cmdline.enabled("dom0pvh") ? XenVersion.V4_7 : XenVersion.V4_11);
    }

    List<StepResult> check() {
        List<StepResult> steps = new ArrayList<>();
        steps.add(packages());
        steps.add(maxWired());
        steps.add(memoryLocked());
        steps.add(loginCapabilities());
        steps.add(console());
        steps.add(xenKernel());
        steps.add(xenCmdline());
        if (!xen.pvhAsDom0Option()) {
            steps.add(pciMcfg());
        }
        steps.add(ifTap());
        steps.add(xencommons());
        steps.add(bridge());
        steps.add(Dom0Steps.logDir(tree));
        steps.add(Dom0Steps.running(tree, Dom0Os.FREEBSD));
        return steps;
    }

    private StepResult packages() {
        List<String> absent = Dom0Steps.absent(tree, "/boot/xen", "/usr/local/sbin/xl");
        String suffix = xen.pvhAsDom0Option() ? "" : "47";
        return absent.isEmpty()
                ? StepResult.done("Xen packages", "/boot/xen and /usr/local/sbin/xl")
                : StepResult.missing("Xen packages", "no " + String.join(", no ", absent),
                        "pkg install xen-kernel" + suffix + " xen-tools" + suffix);
    }

    private StepResult maxWired() {
        ShAssignments sysctl = ShAssignments.read(tree, "/etc/sysctl.conf");
        String step = "sysctl.conf vm.max_wired";
        return sysctl.get("vm.max_wired").filter("-1"::equals).isPresent()
                ? StepResult.done(step, "vm.max_wired=-1")
                : StepResult.missing(step, sysctl.describe("vm.max_wired"), "echo 'vm.max_wired=-1' >> /etc/sysctl.conf");
    }

    private StepResult memoryLocked() {
        String step = "login.conf memorylocked";
        Optional<String> value = tree.read("/etc/login.conf").flatMap(text -> LoginConf.parse(text).capability("default", "memorylocked"));
        if (value.filter(v -> v.equalsIgnoreCase("unlimited") || v.equalsIgnoreCase("infinity")).isPresent()) {
            return StepResult.done(step, "memorylocked=" + value.get() + " in the default class");
        }
        return value.isPresent()
                ? StepResult.missing(step, "memorylocked=" + value.get() + " in the default class",
                        "sed -i '' -e 's/memorylocked=" + value.get() + "/memorylocked=unlimited/' /etc/login.conf"
                                + " && cap_mkdb /etc/login.conf")
                : StepResult.missing(step, "the default class of /etc/login.conf sets no memorylocked",
                        "add :memorylocked=unlimited: to the default class of /etc/login.conf, then cap_mkdb /etc/login.conf");
    }

    /** login.conf's changes count once cap_mkdb rebuilt login.conf.db from it. */
    private StepResult loginCapabilities() {
        String step = "login.conf.db";
        Optional<FileTime> conf = tree.modified("/etc/login.conf");
        Optional<FileTime> db = tree.modified("/etc/login.conf.db");
        if (db.isEmpty()) {
            return StepResult.missing(step, "no /etc/login.conf.db", "cap_mkdb /etc/login.conf");
        }
        return conf.isPresent() && db.get().compareTo(conf.get()) < 0
                ? StepResult.missing(step, "/etc/login.conf.db is older than /etc/login.conf", "cap_mkdb /etc/login.conf")
                : StepResult.done(step, "/etc/login.conf.db is up to date");
    }

    private StepResult console() {
        String step = "ttys xc0";
        String append = "echo '" + XC0_LINE + "' >> /etc/ttys";
        Optional<Ttys.Entry> xc0 = tree.read("/etc/ttys").flatMap(text -> Ttys.parse(text).entry("xc0"));
        if (xc0.isEmpty()) {
            return StepResult.missing(step, "/etc/ttys has no xc0 line", append);
        }
        Ttys.Entry e = xc0.get();
        return e.on() && e.secure()
                ? StepResult.done(step, e.line())
                : StepResult.missing(step, e.line(), "sed -i '' -e '/^xc0[[:space:]]/d' /etc/ttys && " + append);
    }

    private StepResult xenKernel() {
        String step = "loader.conf xen_kernel";
        return loader.get("xen_kernel").filter("/boot/xen"::equals).isPresent()
                ? StepResult.done(step, "xen_kernel=/boot/xen")
                : StepResult.missing(step, loader.describe("xen_kernel"), "sysrc -f /boot/loader.conf xen_kernel=\"/boot/xen\"");
    }

    private StepResult xenCmdline() {
        String step = "loader.conf xen_cmdline";
        if (loader.get("xen_cmdline").isEmpty()) {
            String seed = xen.pvhAsDom0Option() ? SEED_CMDLINE : SEED_CMDLINE.replace("dom0=pvh", "dom0pvh=1");
            return StepResult.missing(step, "xen_cmdline is not set",
                    "sysrc -f /boot/loader.conf xen_cmdline=\"" + seed + "\"");
        }
        List<String> lacks = new ArrayList<>();
        XenCmdline fixed = cmdline;
        if (!cmdline.has("dom0_mem")) {
            lacks.add("dom0_mem=");
            fixed = fixed.with("dom0_mem=8192M");
        }
        if (!cmdline.has("dom0_max_vcpus")) {
            lacks.add("dom0_max_vcpus=");
            fixed = fixed.with("dom0_max_vcpus=4");
        }
        if (xen.pvhAsDom0Option() && !cmdline.dom0Pvh()) {
            lacks.add("dom0=pvh (Xen " + xen + ")");
            String others = cmdline.value("dom0").filter(v -> !v.isEmpty()).map(v -> "," + v).orElse("");
            fixed = fixed.without("dom0pvh").without("dom0").with("dom0=pvh" + others);
        } else if (!xen.pvhAsDom0Option() && !cmdline.enabled("dom0pvh")) {
            lacks.add("dom0pvh=1 (Xen " + xen + ")");
            fixed = fixed.without("dom0pvh").with("dom0pvh=1");
        }
        String found = "xen_cmdline=\"" + cmdline + "\"";
        return lacks.isEmpty()
                ? StepResult.done(step, found)
                : StepResult.missing(step, found + " lacks " + String.join(", ", lacks),
                        "sysrc -f /boot/loader.conf xen_cmdline=\"" + fixed + "\"");
    }

    private StepResult pciMcfg() {
        String step = "loader.conf hw.pci.mcfg";
        return loader.get("hw.pci.mcfg").filter("0"::equals).isPresent()
                ? StepResult.done(step, "hw.pci.mcfg=0 (Xen " + xen + ")")
                : StepResult.missing(step, loader.describe("hw.pci.mcfg") + " (Xen " + xen + " needs 0)",
                        "sysrc -f /boot/loader.conf hw.pci.mcfg=0");
    }

    private StepResult ifTap() {
        String step = "loader.conf if_tap_load";
        return loader.yes("if_tap_load")
                ? StepResult.done(step, loader.describe("if_tap_load"))
                : StepResult.missing(step, loader.describe("if_tap_load"), "sysrc -f /boot/loader.conf if_tap_load=\"YES\"");
    }

    private StepResult xencommons() {
        String step = "rc.conf xencommons_enable";
        return rc.yes("xencommons_enable")
                ? StepResult.done(step, rc.describe("xencommons_enable"))
                : StepResult.missing(step, rc.describe("xencommons_enable"), "sysrc xencommons_enable=yes");
    }

    /**
     * cloned_interfaces makes a bridge, ifconfig_bridgeN adds the host's NIC to it
     * ({@code addm em0}), and ifconfig_em0 brings the NIC up: the Handbook's three sysrc lines.
     */
    private StepResult bridge() {
        String step = "rc.conf bridge";
        List<String> cloned = words(rc.get("cloned_interfaces").orElse(""));
        String bridge = cloned.stream().filter(w -> w.matches("bridge\\d+")).findFirst().orElse(null);
        String bridgeName = bridge == null ? "bridge0" : bridge;
        List<String> bridgeWords = words(rc.get("ifconfig_" + bridgeName).orElse(""));
        int addm = bridgeWords.indexOf("addm");
        String nic = addm >= 0 && addm + 1 < bridgeWords.size() ? bridgeWords.get(addm + 1) : null;
        String nicName = nic == null ? guessNic() : nic;
        boolean nicUp = words(rc.get("ifconfig_" + nicName).orElse("")).stream().anyMatch(w -> w.equalsIgnoreCase("up"));

        List<String> found = new ArrayList<>();
        List<String> assignments = new ArrayList<>();
        if (bridge == null) {
            found.add("cloned_interfaces makes no bridge");
            assignments.add("cloned_interfaces=\"" + String.join(" ", plus(cloned, bridgeName)) + "\"");
        }
        if (nic == null) {
            found.add("ifconfig_" + bridgeName + " adds no interface (addm)");
            List<String> rest = bridgeWords.isEmpty() ? List.of("SYNCDHCP") : bridgeWords;
            assignments.add("ifconfig_" + bridgeName + "=\"addm " + nicName + " " + String.join(" ", rest) + "\"");
        }
        if (!nicUp) {
            found.add(rc.describe("ifconfig_" + nicName) + ", not up");
            assignments.add("ifconfig_" + nicName + "=\"up\"");
        }
        return found.isEmpty()
                ? StepResult.done(step, bridge + " with " + nic)
                : StepResult.missing(step, String.join("; ", found), "sysrc " + String.join(" ", assignments));
    }

    /** The NIC rc.conf configures (ifconfig_em0="DHCP" after an install), else the Handbook's em0. */
    private String guessNic() {
        return rc.all().keySet().stream()
                .filter(k -> k.startsWith("ifconfig_"))
                .map(k -> k.substring("ifconfig_".length()))
                .filter(nic -> nic.matches("[a-z]+\\d+") && !nic.matches("(bridge|lo|tap|vlan|lagg|wlan)\\d+"))
                .findFirst()
                .orElse("em0");
    }

    private static List<String> words(String text) {
        return text.isBlank() ? List.of() : List.of(text.trim().split("\\s+"));
    }

    private static List<String> plus(List<String> words, String word) {
        List<String> more = new ArrayList<>(words);
        more.add(word);
        return more;
    }
}
