package xsh.toolstack.preflight;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import xsh.hv.dom0.Dom0Os;

/**
 * A NetBSD Dom0 as the NetBSD Xen HowTo sets one up: xenkernel and xentools from pkgsrc,
 * Xen's kernel and a XEN3_DOM0 kernel in /, a /boot.cfg menu line that loads the Dom0 kernel
 * and multiboots Xen with dom0_mem=, the rc.d scripts and xencommons=YES, a bridge, and
 * /var/log/xen.
 */
final class NetBsdSetup {

    static final String DOM0_KERNEL = "/netbsd-XEN3_DOM0.gz";
    static final String XEN_KERNEL = "/xen.gz";
    static final String SEED_MENU = "menu=Xen:load " + DOM0_KERNEL + " console=pc;multiboot " + XEN_KERNEL + " dom0_mem=512M";

    private static final Pattern LOAD = Pattern.compile("(?:^|;)\\s*load\\s+(\\S+)");
    private static final Pattern MULTIBOOT = Pattern.compile("(?:^|;)\\s*multiboot\\s+(\\S+)([^;]*)");

    private final Dom0Tree tree;
    private final ShAssignments rc;

    NetBsdSetup(Dom0Tree tree) {
        this.tree = tree;
        this.rc = ShAssignments.read(tree, "/etc/rc.conf");
    }

    /** The first /boot.cfg menu line that multiboots Xen: its commands after the label. */
    private Optional<String> xenMenu() {
        return tree.read("/boot.cfg").flatMap(text -> text.lines()
                .map(String::strip)
                .filter(l -> l.startsWith("menu=") && l.indexOf(':') > 0)
                .map(l -> l.substring(l.indexOf(':') + 1))
                .filter(commands -> MULTIBOOT.matcher(commands).find())
                .findFirst());
    }

    List<StepResult> check() {
        Optional<String> menu = xenMenu();
        String dom0Kernel = menu.map(LOAD::matcher).filter(Matcher::find).map(m -> m.group(1)).orElse(DOM0_KERNEL);
        String xenKernel = menu.map(MULTIBOOT::matcher).filter(Matcher::find).map(m -> m.group(1)).orElse(XEN_KERNEL);
        List<StepResult> steps = new ArrayList<>();
        steps.add(tree.exists("/usr/pkg/sbin/xl")
                ? StepResult.done("Xen packages", "/usr/pkg/sbin/xl")
                : StepResult.missing("Xen packages", "no /usr/pkg/sbin/xl", "pkg_add xenkernel48 xentools48"));
        steps.add(tree.exists(xenKernel)
                ? StepResult.done("Xen kernel", xenKernel)
                : StepResult.missing("Xen kernel", "no " + xenKernel, "cp /usr/pkg/xen48-kernel/xen.gz " + xenKernel));
        String fileName = dom0Kernel.substring(dom0Kernel.lastIndexOf('/') + 1);
        steps.add(tree.exists(dom0Kernel)
                ? StepResult.done("Dom0 kernel", dom0Kernel)
                : StepResult.missing("Dom0 kernel", "no " + dom0Kernel,
                        "ftp -o " + dom0Kernel + " https://cdn.netbsd.org/pub/NetBSD/NetBSD-$(uname -r)/amd64/binary/kernel/"
                                + fileName));
        steps.add(bootMenu(menu));
        steps.add(tree.exists("/etc/rc.d/xencommons")
                ? StepResult.done("rc.d xencommons", "/etc/rc.d/xencommons")
                : StepResult.missing("rc.d xencommons", "no /etc/rc.d/xencommons", "cp /usr/pkg/share/examples/rc.d/xen* /etc/rc.d/"));
        steps.add(rc.yes("xencommons")
                ? StepResult.done("rc.conf xencommons", rc.describe("xencommons"))
                : StepResult.missing("rc.conf xencommons", rc.describe("xencommons"), "echo xencommons=YES >> /etc/rc.conf"));
        steps.add(bridge());
        steps.add(Dom0Steps.logDir(tree));
        steps.add(Dom0Steps.running(tree, Dom0Os.NETBSD));
        return steps;
    }

    private StepResult bootMenu(Optional<String> menu) {
        String step = "boot.cfg Xen menu";
        if (menu.isEmpty()) {
            return StepResult.missing(step, "no menu line of /boot.cfg multiboots Xen", "echo '" + SEED_MENU + "' >> /boot.cfg");
        }
        Matcher multiboot = MULTIBOOT.matcher(menu.get());
        multiboot.find();
        boolean loads = LOAD.matcher(menu.get()).find();
        boolean dom0Mem = XenCmdline.of(multiboot.group(2)).has("dom0_mem");
        if (loads && dom0Mem) {
            return StepResult.done(step, menu.get());
        }
        return StepResult.missing(step, menu.get() + (loads ? "" : ": loads no Dom0 kernel") + (dom0Mem ? "" : ": no dom0_mem="),
                "echo '" + SEED_MENU + "' >> /boot.cfg");
    }

    /** An /etc/ifconfig.bridgeN that adds the host's NIC: {@code !brconfig bridge0 add wm0}. */
    private StepResult bridge() {
        String step = "bridge";
        Pattern add = Pattern.compile("brconfig\\s+\\S+\\s+add\\s+(\\S+)");
        for (String name : tree.list("/etc")) {
            if (name.matches("ifconfig\\.bridge\\d+")) {
                Optional<String> nic = tree.read("/etc/" + name).map(add::matcher).filter(Matcher::find).map(m -> m.group(1));
                if (nic.isPresent()) {
                    return StepResult.done(step, "/etc/" + name + " adds " + nic.get());
                }
            }
        }
        return StepResult.missing(step, "no /etc/ifconfig.bridgeN adds an interface",
                "echo '!brconfig bridge0 add " + guessNic() + "' >> /etc/ifconfig.bridge0");
    }

    /** The NIC the host configures (/etc/ifconfig.wm0, or rc.conf's ifconfig_wm0), else the HowTo's wm0. */
    private String guessNic() {
        for (String name : tree.list("/etc")) {
            if (name.matches("ifconfig\\.[a-z]+\\d+") && !name.matches("ifconfig\\.(bridge|lo|tap|vlan|xvif)\\d+")) {
                return name.substring("ifconfig.".length());
            }
        }
        return rc.all().keySet().stream().filter(k -> k.matches("ifconfig_[a-z]+\\d+") && !k.matches("ifconfig_(bridge|lo)\\d+"))
                .map(k -> k.substring("ifconfig_".length())).findFirst().orElse("wm0");
    }
}
