package xsh.shell.dsl;

import groovy.json.JsonSlurper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import xsh.error.XshException;
import xsh.shell.remote.SshSession;

/**
 * A remote host in a script, {@code remote('ssh://root@h2')}: its own xsh does what the script
 * asks, over xsh's connection to it, and answers in text or JSON, not in the DSL's types: {@link
 * #list} gives the domains as {@code xsh --json list} has them, {@link #xsh} runs any command
 * line there. A failure there is an {@link XshException} with the remote xsh's message and exit
 * code, which the script may catch. Under {@code --dry-run} the remote xsh gets {@code --dry-run}.
 */
public final class RemoteHost {

    private final SshSession session;
    private final boolean dryRun;

    RemoteHost(SshSession session, boolean dryRun) {
        this.session = session;
        this.dryRun = dryRun;
    }

    /** {@code ssh://[user@]host[:port]}. */
    public String getName() {
        return session.target().toString();
    }

    /**
     * {@code list}: every domain as a map of {@code xsh --json list}'s fields ({@code name},
     * {@code domid}, {@code state.paused}, {@code memory.current_kib}...).
     */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> list() {
        List<Map<String, Object>> domains = new ArrayList<>();
        for (Object domain : (List<?>) new JsonSlurper().parseText(run(List.of("--json", "list")))) {
            domains.add((Map<String, Object>) domain);
        }
        return domains;
    }

    /** Runs {@code commands} (xsh's -c text: {@code 'pause web; list'}) there; returns what they printed. */
    public String xsh(String commands) {
        return run(List.of("-c", commands));
    }

    private String run(List<String> arguments) {
        List<String> words = new ArrayList<>();
        if (dryRun) {
            words.add("--dry-run");
        }
        words.addAll(arguments);
        SshSession.Output output = session.capture(words);
        if (output.exitCode() != 0) {
            String message = output.stderr().strip();
            throw new XshException(message.isEmpty() ? "xsh: " + getName() + ": exit code " + output.exitCode() : message,
                    output.exitCode());
        }
        return output.stdout();
    }

    @Override
    public String toString() {
        return getName();
    }
}
