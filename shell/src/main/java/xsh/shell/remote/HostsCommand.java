package xsh.shell.remote;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import xsh.cfg.json.JsonStyle;
import xsh.cfg.json.JsonWriter;
import xsh.shell.GlobalOptions;
import xsh.shell.XshCommand;
import xsh.shell.backend.HostConnector;
import xsh.shell.host.HostCommands;
import xsh.shell.render.CText;
import xsh.toolstack.host.HostCatalog;
import xsh.toolstack.host.HostNames;
import xsh.toolstack.host.HostSummary;

/**
 * {@code hosts}: every host xsh knows: the embedded ones with their size and domains (as
 * {@code host list} shows them), then the remote ones xsh has reached before, remembered under
 * XSH_HOME; {@code *} marks the one commands work on. Remote hosts are listed without
 * connecting to them.
 */
@Command(name = "hosts", mixinStandardHelpOptions = true,
        description = "List the hosts xsh knows: embedded ones and the remote (ssh://) ones reached before; "
                + "* marks the current one.")
public final class HostsCommand implements Callable<Integer> {

    static final int NAME_WIDTH = 20;

    @Option(names = "--json", description = "A JSON array of hosts (see the README).")
    boolean json;

    @Option(names = "--check", description = "Connect to each remote host (without asking for a password; "
            + "5 s at most) and say whether its xsh answers.")
    boolean check;

    static final int CHECK_SECONDS = 5;

    @Spec
    CommandSpec spec;

    /** One line of the listing; the sizes are null for a remote host, the check for any other or without --check. */
    record Known(String name, String kind, boolean current, HostSummary embedded, String check) {
        Known checked(HostConnector hosts) {
            SshSession.Output answer = hosts.remotes().session(name).probe(CHECK_SECONDS);
            String lastLine = answer.stderr().strip().lines().reduce((a, b) -> b).orElse("exit code " + answer.exitCode());
            return new Known(name, kind, current, embedded, answer.exitCode() == 0 ? "ok" : lastLine);
        }
    }

    @Override
    public Integer call() {
        XshCommand xsh = XshCommand.of(spec);
        List<Known> hosts = known(xsh.hosts(), xsh.globals());
        if (check) {
            hosts = hosts.stream().map(h -> h.embedded() == null ? h.checked(xsh.hosts()) : h).toList();
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(xsh.json(json) ? json(hosts) : table(hosts));
        out.flush();
        return 0;
    }

    static List<Known> known(HostConnector hosts, GlobalOptions globals) {
        String currentName = globals.host() == null ? HostNames.DEFAULT : globals.host();
        List<Known> known = new ArrayList<>();
        for (HostSummary h : new HostCatalog(hosts.provider(globals)).list(currentName)) {
            known.add(new Known(h.name(), "embedded", h.current(), h, null));
        }
        List<String> remote = new ArrayList<>(hosts.remotes().remembered().names());
        if (SshTarget.isRemote(currentName) && !remote.contains(currentName)) {
            remote.add(currentName);
        }
        for (String name : remote) {
            known.add(new Known(name, "ssh", name.equals(currentName), null, null));
        }
        return known;
    }

    static String table(List<Known> hosts) {
        int width = Math.max(NAME_WIDTH, hosts.stream().mapToInt(h -> h.name().length()).max().orElse(0));
        StringBuilder text = new StringBuilder("  ").append(CText.padRight("Name", width))
                .append("  Kind      CPUs  Memory(MiB)  Free(MiB)  Domains\n");
        for (Known h : hosts) {
            StringBuilder line = new StringBuilder(h.current() ? "* " : "  ")
                    .append(CText.padRight(h.name(), width)).append("  ").append(CText.padRight(h.kind(), 8));
            HostSummary size = h.embedded();
            if (size != null) {
                line.append(CText.padLeft(Integer.toString(size.cpus()), 6))
                        .append(CText.padLeft(Long.toString(size.totalMemoryMib()), 13))
                        .append(CText.padLeft(Long.toString(size.freeMemoryMib()), 11))
                        .append(CText.padLeft(Integer.toString(size.domains()), 9));
            }
            if (h.check() != null) {
                line.append("  ").append(h.check());
            }
            text.append(line.toString().stripTrailing()).append('\n');
        }
        return text.toString();
    }

    static String json(List<Known> hosts) {
        List<Map<String, Object>> array = hosts.stream().map(h -> {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("name", h.name());
            o.put("kind", h.kind());
            o.put("current", h.current());
            if (h.embedded() != null) {
                HostCommands.ListHosts.putSizes(o, h.embedded());
            }
            if (h.check() != null) {
                o.put("reachable", h.check().equals("ok"));
                o.put("check", h.check());
            }
            return o;
        }).toList();
        return JsonWriter.write(array, JsonStyle.PRETTY) + "\n";
    }
}
