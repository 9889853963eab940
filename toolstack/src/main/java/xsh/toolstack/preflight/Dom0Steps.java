package xsh.toolstack.preflight;

import java.util.List;
import xsh.hv.dom0.Dom0Detection;
import xsh.hv.dom0.Dom0Os;

/** The steps every Dom0 has: Xen's log directory, and having rebooted into Xen. */
final class Dom0Steps {

    private Dom0Steps() {
    }

    /** /var/log/xen, where xl's monitors and QEMU write each domain's log. */
    static StepResult logDir(Dom0Tree tree) {
        return tree.isDirectory("/var/log/xen")
                ? StepResult.done("/var/log/xen", "/var/log/xen exists")
                : StepResult.missing("/var/log/xen", "no directory /var/log/xen", "mkdir -p /var/log/xen");
    }

    /** The OS runs as Xen's Dom0: the setup took effect at the reboot. */
    static StepResult running(Dom0Tree tree, Dom0Os os) {
        String path = "/" + Dom0Detection.evidence(os);
        return Dom0Detection.isDom0(tree.root(), os)
                ? StepResult.done("Dom0 running", path + " says so")
                : StepResult.missing("Dom0 running", "no " + path + (os == Dom0Os.LINUX ? " with control_d" : "")
                        + ": not running as Xen's Dom0", "reboot");
    }

    /** Those of {@code paths} that do not exist. */
    static List<String> absent(Dom0Tree tree, String... paths) {
        return java.util.Arrays.stream(paths).filter(p -> !tree.exists(p)).toList();
    }
}
