package xsh.hv.xen.parse;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import xsh.hv.HvError;
import xsh.hv.HvException;

/**
 * Whether an xl command failed, from its exit code and stderr, and the {@link HvException}
 * that says so in xl's own words. Most commands exit non-zero on failure; a few exit 0
 * whatever libxl answered (pause, unpause, trigger, cpupool-cpu-add… — reference §10.2), so for
 * those a failure is read from stderr: libxl's or libxc's error lines, or xl's own
 * {@code some cpus may not have been added} warning. The error code is libxl's where xl prints
 * one ({@code (rc=-6)}, {@code cannot make domain: -6}) or, for create, which exits with
 * -rc, the exit code; otherwise {@link HvError#FAIL}.
 */
public final class XlFailure {

    /** The commands whose exit code says nothing of libxl's answer. */
    private static final Set<String> EXIT_ZERO_ON_FAILURE = Set.of("pause", "unpause", "suspend", "resume",
            "trigger", "sysrq", "button-press", "cpupool-cpu-add", "cpupool-cpu-remove");

    private static final Pattern ERROR_LINE = Pattern.compile(
            "(?m)^(?:libxl: (?:error|critical|emergency)|xc: (?:error|critical))\\b|^some cpus may not have been ");
    private static final Pattern RC = Pattern.compile("\\(rc=(-\\d+)\\)|cannot \\(?re-\\)?build domain: (-\\d+)"
            + "|cannot make domain: (-\\d+)|\\brc=(-\\d+)");

    /** xl's global options (4.11 to 4.19: -v -f -t -T -N; -v may repeat), which come before the command. */
    private static final Pattern GLOBAL_FLAG = Pattern.compile("-[vNftT]+");

    private XlFailure() {
    }

    public static Optional<HvException> of(List<String> xlArgs, int exitCode, String stderr) {
        String command = command(xlArgs);
        String message = stderr.strip();
        if (exitCode == 0) {
            if (!EXIT_ZERO_ON_FAILURE.contains(command) || !ERROR_LINE.matcher(stderr).find()) {
                return Optional.empty();
            }
        }
        if (message.isEmpty()) {
            message = "xl " + String.join(" ", xlArgs) + " failed with exit code " + exitCode;
        }
        return Optional.of(new HvException(error(command, exitCode, stderr), message));
    }

    private static String command(List<String> args) {
        for (String arg : args) {
            if (!GLOBAL_FLAG.matcher(arg).matches()) {
                return arg;
            }
        }
        return "";
    }

    private static HvError error(String command, int exitCode, String stderr) {
        Matcher m = RC.matcher(stderr);
        if (m.find()) {
            for (int group = 1; group <= m.groupCount(); group++) {
                if (m.group(group) != null) {
                    return byRc(Integer.parseInt(m.group(group)));
                }
            }
        }
        if (command.equals("create") && exitCode > 1) {
            return byRc(-exitCode);
        }
        return HvError.FAIL;
    }

    /** libxl's codes xsh has a name for; the others are a failure without more to say. */
    private static HvError byRc(int rc) {
        for (HvError e : HvError.values()) {
            if (e.rc() == rc) {
                return e;
            }
        }
        return HvError.FAIL;
    }
}
