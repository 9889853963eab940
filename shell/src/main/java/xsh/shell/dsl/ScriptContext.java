package xsh.shell.dsl;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.Function;
import xsh.error.XshException;
import xsh.hv.Hypervisor;
import xsh.shell.GlobalOptions;
import xsh.shell.remote.SshSession;

/**
 * What a script's DSL methods work with: the host the script addresses, its output, and
 * {@code --dry-run}. The host is opened for each call and closed after it, as for a command
 * typed at the prompt, so a script that runs for days holds nothing between its operations.
 */
public interface ScriptContext {

    /** Asks the host something; reads happen under {@code --dry-run} too. */
    <T> T read(Function<Hypervisor, T> query);

    /**
     * Changes something: runs {@code action} on the host and returns its result; under
     * {@code --dry-run}, prints {@code dry-run: DESCRIPTION} (the operation as a command line
     * would say it, e.g. {@code save debian d-1552572976.save -p}) to {@link #out()} instead and
     * returns null. Every DSL method that changes the host or writes a file goes through here.
     */
    <T> T change(String description, Function<Hypervisor, T> action);

    /** Whether {@code --dry-run} is in effect. */
    boolean dryRun();

    /** The global options the script runs under (host, backend, json, debug). */
    GlobalOptions globals();

    /** XSH_HOME: where hosts and their catalogs live. */
    Path xshHome();

    /** Where the script's output goes (println goes here too). */
    PrintWriter out();

    /** Where xl's notices and progress go. */
    PrintWriter err();

    /**
     * The same context on the embedded host {@code host} (same output, same {@code --dry-run}),
     * for {@code host('h2')}; a host that does not exist is refused.
     */
    default ScriptContext onHost(String host) {
        throw new XshException("xsh: host(" + host + "): this script works on one host only", 1);
    }

    /** The connection to the remote host {@code name} ({@code ssh://...}), for {@code remote(NAME)}. */
    default SshSession remote(String name) {
        throw new XshException("xsh: remote(" + name + "): this script works on one host only", 1);
    }
}
