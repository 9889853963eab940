package xsh.shell.remote;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The ssh client xsh runs and what it adds to every ssh command line: {@code $XSH_SSH} (default
 * {@code ssh}) and the options in {@code $XSH_SSH_OPTS}, split on spaces as {@code
 * $XSH_JAVA_OPTS} is (e.g. {@code -i KEY -o UserKnownHostsFile=FILE}); and {@code
 * $XSH_REMOTE_XSH}, the command that runs xsh on the remote host (default {@code xsh}, found on
 * the remote PATH).
 */
public record SshProgram(List<String> command, String remoteXsh) {

    public static final String PROGRAM_VARIABLE = "XSH_SSH";
    public static final String OPTIONS_VARIABLE = "XSH_SSH_OPTS";
    public static final String REMOTE_XSH_VARIABLE = "XSH_REMOTE_XSH";

    public SshProgram {
        command = List.copyOf(command);
    }

    /** As the environment says. */
    public static SshProgram from(Map<String, String> environment) {
        List<String> command = new ArrayList<>();
        command.add(nonBlank(environment.get(PROGRAM_VARIABLE), "ssh"));
        String options = environment.get(OPTIONS_VARIABLE);
        if (options != null && !options.isBlank()) {
            command.addAll(Arrays.asList(options.trim().split("\\s+")));
        }
        return new SshProgram(command, nonBlank(environment.get(REMOTE_XSH_VARIABLE), "xsh"));
    }

    private static String nonBlank(String value, String otherwise) {
        return value == null || value.isBlank() ? otherwise : value.trim();
    }
}
