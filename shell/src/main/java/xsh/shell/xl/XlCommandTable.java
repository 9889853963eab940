package xsh.shell.xl;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import xsh.toolstack.getopt.LongOption;

/**
 * xl's command table, Xen 4.17 as Debian builds it for x86: every command in xl's order, with
 * its help texts exactly as xl prints them (they are the compatibility contract, down to the
 * odd newline: {@code list}'s usage ends in one, {@code info} keeps its option text in the usage
 * slot) and its option syntax. A command here runs only if xsh has a command of the same name.
 */
final class XlCommandTable {

    private static final int NONE = 0;
    private static final int DRY_RUN = 1;
    private static final int MODIFIES = 2;
    /** The FLASK commands read their arguments without getopt. */
    private static final OptionSyntax NO_OPTION_PARSING = null;

    static final List<XlCommand> COMMANDS = List.of(
            command("create", DRY_RUN | MODIFIES,
                    "Create a domain from config file <filename>",
                    "<ConfigFile> [options] [vars]",
                    "-c                      Connect to the console after the domain is created.\n"
                    + "-d                      Enable debug messages.\n"
                    + "-e                      Do not wait in the background for the death of the domain.\n"
                    + "-F                      Run in foreground until death of the domain.\n"
                    + "-f FILE, --defconfig=FILE\n                     Use the given configuration file.\n"
                    + "-h                      Print this help.\n"
                    + "-n, --dryrun            Dry run - prints the resulting configuration\n"
                    + "                         (deprecated in favour of global -N option).\n"
                    + "-p                      Leave the domain paused after it is created.\n"
                    + "-q, --quiet             Quiet.\n"
                    + "-V, --vncviewer         Connect to the VNC display after the domain is created.\n"
                    + "-A, --vncviewer-autopass\n"
                    + "                        Pass VNC password to viewer via stdin.\n"
                    + "--ignore-global-affinity-masks Ignore global masks in xl.conf.",
                    options("AFVcdef:inpq",
                            0,
                            withArgument("defconfig", 'f'),
                            flag("dryrun", 'n'),
                            flag("ignore-global-affinity-masks", 'i'),
                            flag("quiet", 'q'),
                            flag("vncviewer", 'V'),
                            flag("vncviewer-autopass", 'A')).withLeadingOperandReplacedBy('f')),
            command("config-update", DRY_RUN | MODIFIES,
                    "Update a running domain's saved configuration, used when rebuilding "
                    + "the domain after reboot.\n"
                    + "WARNING: xl now has better capability to manage domain configuration, "
                    + "avoid using this command when possible",
                    "<Domain> <ConfigFile> [options] [vars]",
                    "-h                      Print this help.\n"
                    + "-f FILE, --defconfig=FILE\n                     Use the given configuration file.\n"
                    + "-d                      Enable debug messages.\n",
                    optionsUnder("config_update",
                            "dqf:",
                            0,
                            withArgument("defconfig", 'f')).withDomainFirst().withLeadingOperandReplacedBy('f')),
            command("list", NONE,
                    "List information about all/some domains",
                    "[options] [Domain]\n",
                    "-l, --long              Output all VM details\n"
                    + "-v, --verbose           Prints out UUIDs and security context\n"
                    + "-Z, --context           Prints out security context\n"
                    + "-c, --cpupool           Prints the cpupool the domain is in\n"
                    + "-n, --numa              Prints out NUMA node affinity",
                    options("lvhZcn",
                            0,
                            flag("long", 'l'),
                            flag("verbose", 'v'),
                            flag("context", 'Z'),
                            flag("cpupool", 'c'),
                            flag("numa", 'n'))),
            command("destroy", MODIFIES,
                    "Terminate a domain immediately",
                    "[options] <Domain>\n",
                    "-f                      Permit destroying domain 0, which will only succeed\n"
                    + "                        when run from disaggregated toolstack domain with a\n"
                    + "                        hardware domain distinct from domain 0.",
                    options("f", 1)),
            command("shutdown", MODIFIES,
                    "Issue a shutdown signal to a domain",
                    "[options] <-a|Domain>",
                    "-a, --all               Shutdown all guest domains.\n"
                    + "-h                      Print this help.\n"
                    + "-F                      Fallback to ACPI power event for HVM guests with\n"
                    + "                        no PV drivers.\n"
                    + "-w, --wait              Wait for guest(s) to shutdown.\n",
                    options("awF",
                            0,
                            flag("all", 'a'),
                            flag("wait", 'w'))),
            command("reboot", MODIFIES,
                    "Issue a reboot signal to a domain",
                    "[options] <-a|Domain>",
                    "-a, --all               Shutdown all guest domains.\n"
                    + "-h                      Print this help.\n"
                    + "-F                      Fallback to ACPI reset event for HVM guests with\n"
                    + "                        no PV drivers.\n"
                    + "-w, --wait              Wait for guest(s) to reboot.\n",
                    options("awF",
                            0,
                            flag("all", 'a'),
                            flag("wait", 'w'))),
            command("pci-attach", MODIFIES,
                    "Insert a new pass-through pci device",
                    "<Domain> <PCI_SPEC_STRING>",
                    null,
                    options("", 2)),
            command("pci-detach", MODIFIES,
                    "Remove a domain's pass-through pci device",
                    "<Domain> <PCI_SPEC_STRING>",
                    null,
                    options("f", 2)),
            command("pci-list", NONE,
                    "List pass-through pci devices for a domain",
                    "<Domain>",
                    null,
                    options("", 1)),
            command("pci-assignable-add", MODIFIES,
                    "Make a device assignable for pci-passthru",
                    "[options] <BDF>",
                    "-n NAME, --name=NAME    Name the assignable device.\n"
                    + "-h                      Print this help.\n",
                    options("n:", 1, withArgument("name", 'n'))),
            command("pci-assignable-remove", MODIFIES,
                    "Remove a device from being assignable",
                    "[options] <BDF>|NAME",
                    "-h                      Print this help.\n"
                    + "-r                      Attempt to re-assign the device to the\n"
                    + "                        original driver.",
                    options("r", 1)),
            command("pci-assignable-list", NONE,
                    "List all the assignable pci devices",
                    "[options]",
                    "-h                      Print this help.\n"
                    + "-n, --show-names        Display assignable device names where\n"
                    + "                        supplied.\n",
                    options("n", 0, flag("show-names", 'n'))),
            command("pause", MODIFIES,
                    "Pause execution of a domain",
                    "<Domain>",
                    null,
                    options("", 1)),
            command("unpause", MODIFIES,
                    "Unpause a paused domain",
                    "<Domain>",
                    null,
                    options("", 1)),
            command("console", NONE,
                    "Attach to domain's console",
                    "[options] <Domain>\n"
                    + "-t <type>       console type, pv , serial or vuart\n"
                    + "-n <number>     console number",
                    null,
                    options("n:t:", 1)),
            command("vncviewer", NONE,
                    "Attach to domain's VNC server.",
                    "[options] <Domain>\n"
                    + "--autopass               Pass VNC password to viewer via stdin and\n"
                    + "                         -autopass\n"
                    + "--vncviewer-autopass     (consistency alias for --autopass)",
                    null,
                    options("a",
                            1,
                            flag("autopass", 'a'),
                            flag("vncviewer-autopass", 'a'))),
            command("save", MODIFIES,
                    "Save a domain state to restore later",
                    "[options] <Domain> <CheckpointFile> [<ConfigFile>]",
                    "-h  Print this help.\n"
                    + "-c  Leave domain running after creating the snapshot.\n"
                    + "-p  Leave domain paused after creating the snapshot.\n"
                    + "-D  Store the domain id in the configuration.",
                    options("cpD", 2)),
            command("migrate", MODIFIES,
                    "Migrate a domain to another host",
                    "[options] <Domain> <host>",
                    "-h              Print this help.\n"
                    + "-C <config>     Send <config> instead of config file from creation.\n"
                    + "-s <sshcommand> Use <sshcommand> instead of ssh.  String will be passed\n"
                    + "                to sh. If empty, run <host> instead of ssh <host> xl\n"
                    + "                migrate-receive [-d -e]\n"
                    + "-e              Do not wait in the background (on <host>) for the death\n"
                    + "                of the domain.\n"
                    + "--debug         Print huge (!) amount of debug during the migration process.\n"
                    + "-p              Do not unpause domain after migrating it.\n"
                    + "-D              Preserve the domain id",
                    options("FC:s:epD",
                            2,
                            flag("debug", 0x100),
                            flag("live", 0x200))),
            command("restore", MODIFIES,
                    "Restore a domain from a saved state",
                    "[options] [<ConfigFile>] <CheckpointFile>",
                    "-h                       Print this help.\n"
                    + "-p                       Do not unpause domain after restoring it.\n"
                    + "-e                       Do not wait in the background for the death of the domain.\n"
                    + "-d                       Enable debug messages.\n"
                    + "-V, --vncviewer          Connect to the VNC display after the domain is created.\n"
                    + "-A, --vncviewer-autopass Pass VNC password to viewer via stdin.",
                    options("FcpdeVA",
                            1,
                            flag("vncviewer", 'V'),
                            flag("vncviewer-autopass", 'A'))),
            command("migrate-receive", MODIFIES,
                    "Restore a domain from a saved state",
                    "- for internal use only",
                    null,
                    options("Fedrp",
                            0,
                            flag("colo", 0x100),
                            withArgument("coloft-script", 0x200),
                            flag("userspace-colo-proxy", 0x300))),
            command("dump-core", MODIFIES,
                    "Core dump a domain",
                    "<Domain> <filename>",
                    null,
                    options("", 2)),
            command("cd-insert", DRY_RUN | MODIFIES,
                    "Insert a cdrom into a guest's cd drive",
                    "<Domain> <VirtualDevice> <path>",
                    null,
                    options("", 3)),
            command("cd-eject", DRY_RUN | MODIFIES,
                    "Eject a cdrom from a guest's cd drive",
                    "<Domain> <VirtualDevice>",
                    null,
                    options("", 2)),
            command("mem-max", MODIFIES,
                    "Set the maximum amount reservation for a domain",
                    "<Domain> <MemMB['b'[bytes]|'k'[KB]|'m'[MB]|'g'[GB]|'t'[TB]]>",
                    null,
                    options("", 2)),
            command("mem-set", MODIFIES,
                    "Set the current memory usage for a domain",
                    "<Domain> <MemMB['b'[bytes]|'k'[KB]|'m'[MB]|'g'[GB]|'t'[TB]]>",
                    null,
                    options("", 2)),
            command("button-press", MODIFIES,
                    "Indicate an ACPI button press to the domain",
                    "<Domain> <Button>",
                    "<Button> may be 'power' or 'sleep'.",
                    options("", 2)),
            command("vcpu-list", NONE,
                    "List the VCPUs for all/some domains",
                    "[Domain, ...]",
                    null,
                    options("", 0)),
            command("vcpu-pin", DRY_RUN | MODIFIES,
                    "Set which CPUs a VCPU can use",
                    "[option] <Domain> <VCPU|all> <Hard affinity|-|all> <Soft affinity|-|all>",
                    "-f, --force        undo an override pinning done by the kernel\n"
                    + "--ignore-global-affinity-masks Ignore global masks in xl.conf",
                    options("fi",
                            3,
                            flag("force", 'f'),
                            flag("ignore-global-affinity-masks", 'i'))),
            command("vcpu-set", MODIFIES,
                    "Set the number of active VCPUs allowed for the domain",
                    "[option] <Domain> <vCPUs>",
                    "-i, --ignore-host  Don't limit the vCPU based on the host CPU count",
                    options("i", 2, flag("ignore-host", 'i'))),
            command("vm-list", NONE,
                    "List guest domains, excluding dom0, stubdoms, etc.",
                    "",
                    null,
                    options("", 0)),
            command("info", NONE,
                    "Get information about Xen host",
                    "-n, --numa         List host NUMA topology information",
                    null,
                    options("n", 0, flag("numa", 'n'))),
            command("sharing", NONE,
                    "Get information about page sharing",
                    "[Domain]",
                    null,
                    options("", 0)),
            command("sched-credit", MODIFIES,
                    "Get/set credit scheduler parameters",
                    "[-d <Domain> [-w[=WEIGHT]|-c[=CAP]]] [-s [-t TSLICE] [-r RATELIMIT]] [-p CPUPOOL]",
                    "-d DOMAIN, --domain=DOMAIN        Domain to modify\n"
                    + "-w WEIGHT, --weight=WEIGHT        Weight (int)\n"
                    + "-c CAP, --cap=CAP                 Cap (int)\n"
                    + "-s         --schedparam           Query / modify scheduler parameters\n"
                    + "-t TSLICE, --tslice_ms=TSLICE     Set the timeslice, in milliseconds\n"
                    + "-r RLIMIT, --ratelimit_us=RLIMIT  Set the scheduling rate limit, in microseconds\n"
                    + "-m DLY, --migration_delay_us=DLY  Set the migration delay, in microseconds\n"
                    + "-p CPUPOOL, --cpupool=CPUPOOL     Restrict output to CPUPOOL",
                    options("d:w:c:p:t:r:m:s",
                            0,
                            withArgument("domain", 'd'),
                            withArgument("weight", 'w'),
                            withArgument("cap", 'c'),
                            flag("schedparam", 's'),
                            withArgument("tslice_ms", 't'),
                            withArgument("ratelimit_us", 'r'),
                            withArgument("migration_delay_us", 'm'),
                            withArgument("cpupool", 'p'))),
            command("sched-credit2", MODIFIES,
                    "Get/set credit2 scheduler parameters",
                    "[-d <Domain> [-w[=WEIGHT]]] [-p CPUPOOL]",
                    "-d DOMAIN, --domain=DOMAIN     Domain to modify\n"
                    + "-w WEIGHT, --weight=WEIGHT     Weight (int)\n"
                    + "-c CAP,    --cap=CAP           Cap (int)\n"
                    + "-s         --schedparam        Query / modify scheduler parameters\n"
                    + "-r RLIMIT, --ratelimit_us=RLIMIT Set the scheduling rate limit, in microseconds\n"
                    + "-p CPUPOOL, --cpupool=CPUPOOL  Restrict output to CPUPOOL",
                    options("d:w:c:p:r:s",
                            0,
                            withArgument("domain", 'd'),
                            withArgument("weight", 'w'),
                            withArgument("cap", 'c'),
                            flag("schedparam", 's'),
                            withArgument("ratelimit_us", 'r'),
                            withArgument("cpupool", 'p'))),
            command("sched-rtds", MODIFIES,
                    "Get/set rtds scheduler parameters",
                    "[-d <Domain> [-v[=VCPUID/all]] [-p[=PERIOD]] [-b[=BUDGET]] [-e[=Extratime]]]",
                    "-d DOMAIN, --domain=DOMAIN     Domain to modify\n"
                    + "-v VCPUID/all, --vcpuid=VCPUID/all    VCPU to modify or output;\n"
                    + "               Using '-v all' to modify/output all vcpus\n"
                    + "-p PERIOD, --period=PERIOD     Period (us)\n"
                    + "-b BUDGET, --budget=BUDGET     Budget (us)\n"
                    + "-e Extratime, --extratime=Extratime Extratime (1=yes, 0=no)\n",
                    options("d:p:b:e:v:c",
                            0,
                            withArgument("domain", 'd'),
                            withArgument("period", 'p'),
                            withArgument("budget", 'b'),
                            withArgument("extratime", 'e'),
                            withArgument("vcpuid", 'v'),
                            withArgument("cpupool", 'c'))),
            command("domid", NONE,
                    "Convert a domain name to domain id",
                    "<DomainName>",
                    null,
                    options("", 1)),
            command("domname", NONE,
                    "Convert a domain id to domain name",
                    "<DomainId>",
                    null,
                    options("", 1)),
            command("rename", MODIFIES,
                    "Rename a domain",
                    "<Domain> <NewDomainName>",
                    null,
                    options("", 2)),
            command("trigger", MODIFIES,
                    "Send a trigger to a domain",
                    "<Domain> <nmi|reset|init|power|sleep|s3resume> [<VCPU>]",
                    null,
                    options("", 2)),
            command("sysrq", MODIFIES,
                    "Send a sysrq to a domain",
                    "<Domain> <letter>",
                    null,
                    options("", 2)),
            command("debug-keys", MODIFIES,
                    "Send debug keys to Xen",
                    "<Keys>",
                    null,
                    options("", 1)),
            command("set-parameters", MODIFIES,
                    "Set hypervisor parameters",
                    "<Params>",
                    null,
                    options("", 1)),
            command("dmesg", NONE,
                    "Read and/or clear dmesg buffer",
                    "[-c]",
                    "  -c                        Clear dmesg buffer as well as printing it",
                    options("c", 0, flag("clear", 'c'))),
            command("top", NONE,
                    "Monitor a host and the domains in real time",
                    "",
                    null,
                    options("", 0)),
            command("network-attach", DRY_RUN | MODIFIES,
                    "Create a new virtual network device",
                    "<Domain> [type=<type>] [mac=<mac>] [bridge=<bridge>] "
                    + "[ip=<ip>] [script=<script>] [backend=<BackDomain>] [vifname=<name>] "
                    + "[rate=<rate>] [model=<model>] [accel=<accel>] [mtu=<mtu>]",
                    null,
                    options("", 1)),
            command("network-list", NONE,
                    "List virtual network interfaces for a domain",
                    "<Domain(s)>",
                    null,
                    options("", 1)),
            command("network-detach", MODIFIES,
                    "Destroy a domain's virtual network device",
                    "<Domain> <DevId|mac>",
                    null,
                    options("", 2)),
            command("channel-list", NONE,
                    "List virtual channel devices for a domain",
                    "<Domain(s)>",
                    null,
                    options("", 1)),
            command("block-attach", DRY_RUN | MODIFIES,
                    "Create a new virtual block device",
                    "<Domain> <disk-spec-component(s)>...",
                    null,
                    options("", 2)),
            command("block-list", NONE,
                    "List virtual block devices for a domain",
                    "<Domain(s)>",
                    null,
                    options("", 1)),
            command("block-detach", MODIFIES,
                    "Destroy a domain's virtual block device",
                    "[option] <Domain> <DevId>",
                    "-f, --force        do not wait for the domain to release the device",
                    options("f", 2, flag("force", 'f'))),
            command("vtpm-attach", DRY_RUN | MODIFIES,
                    "Create a new virtual TPM device",
                    "<Domain> [uuid=<uuid>] [backend=<BackDomain>]",
                    null,
                    options("", 1)),
            command("vtpm-list", NONE,
                    "List virtual TPM devices for a domain",
                    "<Domain(s)>",
                    null,
                    options("", 1)),
            command("vtpm-detach", MODIFIES,
                    "Destroy a domain's virtual TPM device",
                    "<Domain> <DevId|uuid>",
                    null,
                    options("", 2)),
            command("vkb-attach", DRY_RUN | MODIFIES,
                    "Create a new virtual keyboard device",
                    "<Domain> <vkb-spec-component(s)>...",
                    null,
                    options("", 2)),
            command("vkb-list", NONE,
                    "List virtual keyboard devices for a domain",
                    "<Domain(s)>",
                    null,
                    options("", 1)),
            command("vkb-detach", MODIFIES,
                    "Destroy a domain's virtual keyboard device",
                    "<Domain> <DevId>",
                    null,
                    options("", 2)),
            command("vdispl-attach", DRY_RUN | MODIFIES,
                    "Create a new virtual display device",
                    "<Domain> [backend=<BackDomain>] [be-alloc=<BackAlloc>] [connectors='<Connectors>']",
                    "    BackAlloc  - set to 1 to if backend allocates display buffers\n"
                    + "    Connectors - list of connector's description in ID:WxH format,\n"
                    + "                 where: ID - unique connector ID, W - connector width,\n"
                    + "                 H - connector height: connectors='id0:800x600;id1:1024x768'\n",
                    options("", 1)),
            command("vdispl-list", NONE,
                    "List virtual display devices for a domain",
                    "<Domain(s)>",
                    null,
                    options("", 1)),
            command("vdispl-detach", MODIFIES,
                    "Destroy a domain's virtual display device",
                    "<Domain> <DevId>",
                    null,
                    options("", 2)),
            command("vsnd-attach", DRY_RUN | MODIFIES,
                    "Create a new virtual sound device",
                    "<Domain> <vsnd-spec-component(s)>...",
                    null,
                    options("", 2)),
            command("vsnd-list", NONE,
                    "List virtual display devices for a domain",
                    "<Domain(s)>",
                    null,
                    options("", 1)),
            command("vsnd-detach", MODIFIES,
                    "Destroy a domain's virtual sound device",
                    "<Domain> <DevId>",
                    null,
                    options("", 2)),
            command("uptime", NONE,
                    "Print uptime for all/some domains",
                    "[-s] [Domain]",
                    null,
                    options("s", 0)),
            command("claims", NONE,
                    "List outstanding claim information about all domains",
                    "",
                    "",
                    options("", 0)),
            command("cpupool-create", DRY_RUN | MODIFIES,
                    "Create a new CPU pool",
                    "[options] [<ConfigFile>] [Variable=value ...]",
                    "-h, --help                   Print this help.\n"
                    + "-f FILE, --defconfig=FILE    Use the given configuration file.\n"
                    + "-n, --dryrun                 Dry run - prints the resulting configuration.\n"
                    + "                              (deprecated in favour of global -N option).\n"
                    + "\nSee the xlcpupool.cfg(5) manpage for more information.",
                    options("nf:",
                            0,
                            withArgument("defconfig", 'f'),
                            flag("dryrun", 'n'))),
            command("cpupool-list", NONE,
                    "List CPU pools on host",
                    "[-c|--cpus] [<CPU Pool>]",
                    "-c, --cpus                     Output list of CPUs used by a pool",
                    options("c", 0, flag("cpus", 'c'))),
            command("cpupool-destroy", MODIFIES,
                    "Deactivates a CPU pool",
                    "<CPU Pool>",
                    null,
                    options("", 1)),
            command("cpupool-rename", MODIFIES,
                    "Renames a CPU pool",
                    "<CPU Pool> <new name>",
                    null,
                    options("", 2)),
            command("cpupool-cpu-add", MODIFIES,
                    "Adds a CPU to a CPU pool",
                    "<CPU Pool> <CPU nr>|node:<node nr>",
                    null,
                    options("", 2)),
            command("cpupool-cpu-remove", MODIFIES,
                    "Removes a CPU from a CPU pool",
                    "<CPU Pool> <CPU nr>|node:<node nr>",
                    null,
                    options("", 2)),
            command("cpupool-migrate", MODIFIES,
                    "Moves a domain into a CPU pool",
                    "<Domain> <CPU Pool>",
                    null,
                    options("", 2)),
            command("cpupool-numa-split", MODIFIES,
                    "Splits up the machine into one CPU pool per NUMA node",
                    "",
                    null,
                    options("", 0)),
            command("getenforce", NONE,
                    "Returns the current enforcing mode of the Flask Xen security module",
                    "",
                    null,
                    NO_OPTION_PARSING),
            command("setenforce", MODIFIES,
                    "Sets the current enforcing mode of the Flask Xen security module",
                    "<1|0|Enforcing|Permissive>",
                    null,
                    NO_OPTION_PARSING),
            command("loadpolicy", MODIFIES,
                    "Loads a new policy into the Flask Xen security module",
                    "<policy file>",
                    null,
                    NO_OPTION_PARSING),
            command("remus", MODIFIES,
                    "Enable Remus HA for domain",
                    "[options] <Domain> [<host>]",
                    "-i MS                   Checkpoint domain memory every MS milliseconds (def. 200ms).\n"
                    + "-u                      Disable memory checkpoint compression.\n"
                    + "-s <sshcommand>         Use <sshcommand> instead of ssh.  String will be passed\n"
                    + "                        to sh. If empty, run <host> instead of \n"
                    + "                        ssh <host> xl migrate-receive -r [-e]\n"
                    + "-e                      Do not wait in the background (on <host>) for the death\n"
                    + "                        of the domain.\n"
                    + "-N <netbufscript>       Use netbufscript to setup network buffering instead of the\n"
                    + "                        default script ("
                    + "/etc/xen/scripts"
                    + "/remus-netbuf-setup).\n"
                    + "-F                      Enable unsafe configurations [-b|-n|-d flags]. Use this option\n"
                    + "                        with caution as failover may not work as intended.\n"
                    + "-b                      Replicate memory checkpoints to /dev/null (blackhole).\n"
                    + "                        Works only in unsafe mode.\n"
                    + "-n                      Disable network output buffering. Works only in unsafe mode.\n"
                    + "-d                      Disable disk replication. Works only in unsafe mode.\n"
                    + "-c                      Enable COLO HA. It is conflict with -i and -b, and memory\n"
                    + "                        checkpoint must be disabled.\n"
                    + "-p                      Use COLO userspace proxy.",
                    options("Fbundi:s:N:ecp", 2)),
            command("devd", MODIFIES,
                    "Daemon that listens for devices and launches backends",
                    "[options]",
                    "-F                      Run in the foreground.\n"
                    + "-p, --pidfile [FILE]    Write PID to pidfile when daemonizing.",
                    options("Fp:", 0, withArgument("pidfile", 'p'))),
            command("psr-hwinfo", MODIFIES,
                    "Show hardware information for Platform Shared Resource",
                    "[options]",
                    "-m, --cmt       Show Cache Monitoring Technology (CMT) hardware info\n"
                    + "-a, --cat       Show Cache Allocation Technology (CAT) hardware info\n"
                    + "-b, --mba       Show Memory Bandwidth Allocation (MBA) hardware info\n",
                    options("mab",
                            0,
                            flag("cmt", 'm'),
                            flag("cat", 'a'),
                            flag("mba", 'b'))),
            command("psr-cmt-attach", MODIFIES,
                    "Attach Cache Monitoring Technology service to a domain",
                    "<Domain>",
                    null,
                    options("", 1)),
            command("psr-cmt-detach", MODIFIES,
                    "Detach Cache Monitoring Technology service from a domain",
                    "<Domain>",
                    null,
                    options("", 1)),
            command("psr-cmt-show", MODIFIES,
                    "Show Cache Monitoring Technology information",
                    "<PSR-CMT-Type> <Domain>",
                    "Available monitor types:\n"
                    + "\"cache-occupancy\":         Show L3 cache occupancy(KB)\n"
                    + "\"total-mem-bandwidth\":     Show total memory bandwidth(KB/s)\n"
                    + "\"local-mem-bandwidth\":     Show local memory bandwidth(KB/s)\n",
                    options("", 1)),
            command("psr-cat-set", MODIFIES,
                    "Set cache capacity bitmasks(CBM) for a domain",
                    "[options] <Domain> <CBM>",
                    "-s <socket>       Specify the socket to process, otherwise all sockets are processed\n"
                    + "-l <level>        Specify the cache level to process, otherwise L3 cache is processed\n"
                    + "-c                Set code CBM if CDP is supported\n"
                    + "-d                Set data CBM if CDP is supported\n",
                    options("s:l:cd",
                            2,
                            withArgument("socket", 's'),
                            flag("data", 'd'),
                            flag("code", 'c'),
                            withArgument("level", 'l'))),
            command("psr-cat-show", MODIFIES,
                    "Show Cache Allocation Technology information",
                    "[options] <Domain>",
                    "-l <level>        Specify the cache level to process, otherwise L3 cache is processed\n",
                    options("l:", 0, withArgument("level", 'l'))),
            command("psr-mba-set", MODIFIES,
                    "Set throttling value (THRTL) for a domain",
                    "[options] <Domain> <THRTL>",
                    "-s <socket>       Specify the socket to process, otherwise all sockets are processed\n",
                    options("s:", 0, withArgument("socket", 's'))),
            command("psr-mba-show", MODIFIES,
                    "Show Memory Bandwidth Allocation information",
                    "<Domain>",
                    null,
                    options("", 0)),
            command("usbctrl-attach", MODIFIES,
                    "Create a virtual USB controller for a domain",
                    "<Domain> [type=pv] [version=<version>] [ports=<number>]",
                    null,
                    options("", 1)),
            command("usbctrl-detach", MODIFIES,
                    "Remove the virtual USB controller specified by <DevId> for a domain",
                    "<Domain> <DevId>",
                    null,
                    options("", 2)),
            command("usbdev-attach", MODIFIES,
                    "Attach a USB device to a domain",
                    "<Domain> hostbus=<busnum> hostaddr=<devnum> [controller=<DevId> [port=<port>]]",
                    null,
                    options("", 2)),
            command("usbdev-detach", MODIFIES,
                    "Detach a USB device from a domain",
                    "<Domain> <controller> <port>",
                    null,
                    options("", 3)),
            command("usb-list", NONE,
                    "List information about all USB controllers and devices for a domain",
                    "<Domain>",
                    null,
                    options("", 1)),
            command("qemu-monitor-command", MODIFIES,
                    "Issue a qemu monitor command to the device model of a domain",
                    "<Domain> <Command>",
                    null,
                    options("", 2))
    );

    private XlCommandTable() {
    }

    /**
     * The command {@code word} names, as xl looks it up: its exact name, else the one command
     * whose name it begins (so {@code li} is {@code list}); nothing if it begins none or several.
     */
    static Optional<XlCommand> lookup(String word) {
        List<XlCommand> prefixed = COMMANDS.stream().filter(c -> c.name().startsWith(word)).toList();
        return prefixed.stream().filter(c -> c.name().equals(word)).findFirst()
                .or(() -> prefixed.size() == 1 ? Optional.of(prefixed.get(0)) : Optional.empty());
    }

    private static XlCommand command(String name, int flags, String description, String usage, String optionHelp,
                                     OptionSyntax syntax) {
        return new XlCommand(name, (flags & DRY_RUN) != 0, (flags & MODIFIES) != 0, description, usage, optionHelp,
                syntax);
    }

    private static OptionSyntax options(String shortOptions, int requiredOperands, LongOption... longOptions) {
        return new OptionSyntax(shortOptions, Arrays.asList(longOptions), requiredOperands, null, 0, false);
    }

    /** Options of a command whose help topic is not its name. */
    private static OptionSyntax optionsUnder(String helpTopic, String shortOptions, int requiredOperands,
                                             LongOption... longOptions) {
        return new OptionSyntax(shortOptions, Arrays.asList(longOptions), requiredOperands, helpTopic, 0, false);
    }

    private static LongOption flag(String name, int code) {
        return new LongOption(name, false, code);
    }

    private static LongOption withArgument(String name, int code) {
        return new LongOption(name, true, code);
    }
}
