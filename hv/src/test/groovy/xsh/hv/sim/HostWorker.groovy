package xsh.hv.sim

import groovy.transform.CompileStatic
import java.nio.file.Files
import java.nio.file.Path
import xsh.cfg.domain.DomainConfigReader
import xsh.cfg.parse.ConfigParser
import xsh.cfg.source.ConfigSource
import xsh.hv.DomainDefinition
import xsh.hv.DomainInfo
import xsh.hv.DomainSchedParams
import xsh.hv.HvException
import xsh.hv.ShutdownRequest

/**
 * A second xsh process for the multi-process specs: it opens a host under XSH_HOME (real
 * clock) and either runs commands given as arguments, printing one line per command, or
 * runs random operations and logs each that succeeded.
 *
 * <pre>
 * HostWorker HOME HOST run 'create NAME MIB' 'pause NAME' 'list' ...
 * HostWorker HOME HOST stress ID OPS SEED LOGFILE KERNEL
 * HostWorker HOME HOST churn KERNEL        (creates and destroys until killed)
 * </pre>
 */
@CompileStatic
class HostWorker {

    static void main(String[] args) {
        Path home = Path.of(args[0])
        SimHost host = new SimHosts(home).open(args[1])
        try {
            switch (args[2]) {
                case 'run': run(host, args.drop(3) as List<String>); break
                case 'stress': new Stress(host, args[3] as int, args[5] as long, Path.of(args[6]), args[7]).run(args[4] as int); break
                case 'churn': churn(host, args[3]); break
                default: throw new IllegalArgumentException(args[2])
            }
        } finally {
            host.close()
        }
    }

    static DomainDefinition guest(String name, String kernel, int mib, String extra = '') {
        ConfigSource src = ConfigSource.of('worker.cfg', """name = "$name"
kernel = "$kernel"
memory = $mib
maxmem = 512
maxvcpus = 4
$extra
""".toString())
        new DomainDefinition(src, DomainConfigReader.read(ConfigParser.parse(src)).orElseThrow())
    }

    static void run(SimHost host, List<String> commands) {
        for (String command : commands) {
            List<String> w = command.tokenize(' ')
            try {
                switch (w[0]) {
                    case 'create':
                        println "ok ${host.create(guest(w[1], w[3], w[2] as int), false).domid()}"
                        break
                    case 'pause': host.pause(domid(host, w[1])); println 'ok'; break
                    case 'unpause': host.unpause(domid(host, w[1])); println 'ok'; break
                    case 'reboot': host.shutdown(domid(host, w[1]), ShutdownRequest.REBOOT, false); println 'ok'; break
                    case 'list':
                        println 'ok ' + host.domains().collect { DomainInfo d -> "${d.name()}:${d.domid()}:${d.state().flags()}" }.join(' ')
                        break
                    case 'sleep': Thread.sleep(w[1] as long); println 'ok'; break
                    default: throw new IllegalArgumentException(command)
                }
            } catch (HvException e) {
                println "error ${e.message}"
            }
            System.out.flush()
        }
    }

    static int domid(SimHost host, String name) {
        host.domainNamed(name).orElseThrow { new HvException(xsh.hv.HvError.INVAL, "$name is an invalid domain identifier") }.domid()
    }

    static void churn(SimHost host, String kernel) {
        println 'started'
        System.out.flush()
        for (int i = 0; ; i++) {
            DomainInfo d = host.create(guest("churn-$i", kernel, 64), i % 2 == 0)
            host.setMemoryTarget(d.domid(), 32 * 1024)
            if (i % 3 != 0) {
                host.destroy(d.domid(), false)
            }
        }
    }

    /** Random operations on this worker's own domains and on the shared one, logging successes. */
    static class Stress {
        final SimHost host
        final int id
        final Random random
        final Path log
        final String kernel
        final List<String> own = []
        int next = 0

        Stress(SimHost host, int id, long seed, Path log, String kernel) {
            this.host = host
            this.id = id
            this.random = new Random(seed)
            this.log = log
            this.kernel = kernel
        }

        void run(int ops) {
            Files.writeString(log, '')
            for (int i = 0; i < ops; i++) {
                try {
                    step()
                } catch (HvException refused) {
                    // refused operations change nothing and are not logged
                }
            }
        }

        void record(String line) {
            Files.writeString(log, line + '\n', java.nio.file.StandardOpenOption.APPEND)
        }

        String anyOwn() {
            own.isEmpty() ? null : own[random.nextInt(own.size())]
        }

        void step() {
            int op = random.nextInt(10)
            String name = anyOwn()
            if (name == null || op == 0 || (op == 1 && own.size() < 8)) {
                String fresh = "p$id-${next++}"
                int mib = 64 * (1 + random.nextInt(4))
                boolean paused = random.nextBoolean()
                DomainInfo d = host.create(guest(fresh, kernel, mib), paused)
                own << fresh
                record("create $fresh ${d.domid()} $mib $paused")
                return
            }
            int domid = HostWorker.domid(host, name)
            switch (op) {
                case 1:
                    host.destroy(domid, false); own.remove(name); record("destroy $name"); break
                case 2:
                    host.pause(domid); record("pause $name"); break
                case 3:
                    host.unpause(domid); record("unpause $name"); break
                case 4:
                    int mib = 32 * (1 + random.nextInt(16))
                    host.setMemoryTarget(domid, mib * 1024L); record("memset $name $mib"); break
                case 5:
                    int n = random.nextInt(5)
                    host.setOnlineVcpus(domid, n); record("vcpuset $name $n"); break
                case 6:
                    String fresh = "p$id-${next++}"
                    host.rename(domid, fresh); own[own.indexOf(name)] = fresh; record("rename $name $fresh"); break
                case 7:
                    int w = random.nextInt(70000)
                    host.setSchedParams(domid, new DomainSchedParams(OptionalInt.of(w), OptionalInt.empty()))
                    record("weight $name $w"); break
                case 8:
                    int shared = HostWorker.domid(host, 'shared')
                    if (random.nextBoolean()) {
                        host.pause(shared); record('pause shared')
                    } else {
                        host.unpause(shared); record('unpause shared')
                    }
                    break
                default:
                    host.domains(); host.hostInfo(); break
            }
        }
    }
}
