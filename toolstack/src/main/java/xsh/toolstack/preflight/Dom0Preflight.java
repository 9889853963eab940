package xsh.toolstack.preflight;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import xsh.hv.dom0.Dom0Os;

/**
 * {@code host check}: the Dom0 whose files are under {@code root}, checked step by step against
 * its OS's setup guide. Only files are read: nothing is run and nothing changes.
 */
public final class Dom0Preflight {

    private Dom0Preflight() {
    }

    /** Every step, in the guide's order; {@code xenVersion} matters on FreeBSD only. */
    public static List<StepResult> check(Path root, Dom0Os os, Optional<XenVersion> xenVersion) {
        Dom0Tree tree = Dom0Tree.at(root);
        return switch (os) {
            case FREEBSD -> new FreeBsdSetup(tree, xenVersion).check();
            case NETBSD -> new NetBsdSetup(tree).check();
            case LINUX -> new LinuxSetup(tree).check();
        };
    }

    /** Whether every step is done. */
    public static boolean allDone(List<StepResult> steps) {
        return steps.stream().allMatch(StepResult::ok);
    }
}
