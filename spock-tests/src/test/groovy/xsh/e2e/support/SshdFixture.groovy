package xsh.e2e.support

import java.nio.file.Files
import java.nio.file.Path
import java.util.concurrent.TimeUnit

/**
 * A private sshd that runs bin/xsh as the remote side of xsh's ssh:// hosts (and of migrate over
 * ssh): Debian's openssh-server started by the spec with its own configuration, a generated host
 * key and a generated client key, on a free port of 127.0.0.1, or ({@link #startInNetns}) in a
 * network namespace of its own joined to this one by a veth pair, so that the traffic crosses a
 * real link. The remote side's PATH starts with a directory holding an {@code xsh} link to bin/xsh
 * and its XSH_HOME is a directory of its own ({@link #remoteXshHome}).
 *
 * <p>Clients use {@link #sshOptions} (the key, a known_hosts file made from the host key, no user
 * configuration): {@link #clientEnvironment} puts them in {@code XSH_SSH_OPTS} for xsh;
 * {@link #sshCommandLine} is an ssh command line for {@code migrate -s}.
 *
 * <p>sshd is stopped by its own pid (and the sessions it forked, by theirs), and the namespace
 * and its link are deleted; {@link Unavailable} says why it cannot run here, so specs skip with
 * that reason. sshd logs to {@link #log}: {@link #loginsAccepted} counts the logins.
 */
class SshdFixture implements Closeable {

    static final String SSHD = '/usr/sbin/sshd'

    /** Why no sshd can run here: the specs are skipped with this reason. */
    static class Unavailable extends Exception {
        Unavailable(String reason) {
            super(reason)
        }
    }

    final Path dir
    final String user = System.getProperty('user.name')
    /** Where sshd listens and clients connect. */
    String address = '127.0.0.1'
    int port
    /** The remote side's XSH_HOME. */
    final File remoteXshHome
    /** The directory first on the remote side's PATH: it holds {@code xsh}, a link to bin/xsh. */
    final File remoteBin
    final Path clientKey
    final Path knownHosts
    final Path log
    /** The network namespace sshd runs in, or null. */
    String namespace
    private String hostLink
    private Process sshd

    private SshdFixture(Path dir) {
        this.dir = Files.createDirectories(dir)
        this.remoteXshHome = dir.resolve('remote-xsh-home').toFile()
        this.remoteBin = dir.resolve('remote-bin').toFile()
        this.clientKey = dir.resolve('client_key')
        this.knownHosts = dir.resolve('known_hosts')
        this.log = dir.resolve('sshd.log')
    }

    /** Why this machine cannot run a private sshd, or null when it can. */
    static String unavailable() {
        if (!Files.isExecutable(Path.of(SSHD))) {
            return "$SSHD is not installed (apt-get install openssh-server; .ci/run installs it)"
        }
        for (String program : ['ssh', 'ssh-keygen']) {
            if (!onPath(program)) {
                return "$program is not on the PATH (apt-get install openssh-client)"
            }
        }
        null
    }

    /** Why sshd cannot run in a network namespace of its own here, or null when it can. */
    static String namespacesUnavailable() {
        String reason = unavailable()
        if (reason != null) {
            return reason
        }
        if (output(['id', '-u']).trim() != '0') {
            return 'network namespaces need root'
        }
        if (!onPath('ip')) {
            return 'ip is not on the PATH (apt-get install iproute2)'
        }
        null
    }

    /** sshd on a free port of 127.0.0.1, its files under {@code dir}. */
    static SshdFixture start(Path dir) throws Unavailable {
        String reason = unavailable()
        if (reason != null) {
            throw new Unavailable(reason)
        }
        SshdFixture fixture = new SshdFixture(dir)
        fixture.port = freePort()
        fixture.launch([])
    }

    /**
     * sshd in a new network namespace, reached over a veth pair: this side 10.213.N.M+1, the
     * namespace's side 10.213.N.M+2 (a /30 picked at random, so that runs side by side differ).
     */
    static SshdFixture startInNetns(Path dir) throws Unavailable {
        String reason = namespacesUnavailable()
        if (reason != null) {
            throw new Unavailable(reason)
        }
        SshdFixture fixture = new SshdFixture(dir)
        String id = UUID.randomUUID().toString().replace('-', '').substring(0, 8)
        fixture.namespace = "xsh-$id"
        fixture.hostLink = "xh$id"
        String namespaceLink = "xn$id"
        def random = new Random()
        String subnet = "10.213.${random.nextInt(256)}"
        int base = random.nextInt(64) * 4
        String hostAddress = "$subnet.${base + 1}"
        fixture.address = "$subnet.${base + 2}"
        fixture.port = 22
        try {
            fixture.ip(['netns', 'add', fixture.namespace])
            fixture.ip(['link', 'add', fixture.hostLink, 'type', 'veth', 'peer', 'name', namespaceLink])
            fixture.ip(['link', 'set', namespaceLink, 'netns', fixture.namespace])
            fixture.ip(['addr', 'add', "$hostAddress/30".toString(), 'dev', fixture.hostLink])
            fixture.ip(['link', 'set', fixture.hostLink, 'up'])
            fixture.ip(['-n', fixture.namespace, 'addr', 'add', "${fixture.address}/30".toString(), 'dev', namespaceLink])
            fixture.ip(['-n', fixture.namespace, 'link', 'set', namespaceLink, 'up'])
            fixture.ip(['-n', fixture.namespace, 'link', 'set', 'lo', 'up'])
            fixture.launch(['ip', 'netns', 'exec', fixture.namespace])
        } catch (Unavailable | RuntimeException | Error e) {
            fixture.close()
            throw e
        }
    }

    /** What xsh's ssh runs with, to reach this sshd: {@code XSH_SSH_OPTS}. */
    Map<String, String> getClientEnvironment() {
        [XSH_SSH_OPTS: sshOptions.join(' ')]
    }

    /** ssh's options for this sshd: its key, its host key as the only known one, no user configuration, no prompts. */
    List<String> getSshOptions() {
        ['-F', '/dev/null', '-i', clientKey.toString(), '-o', 'IdentitiesOnly=yes',
         '-o', "UserKnownHostsFile=$knownHosts".toString(), '-o', 'StrictHostKeyChecking=yes',
         '-o', 'BatchMode=yes']
    }

    /** {@code ssh -p PORT OPTIONS...}: a command line for {@code migrate -s}. */
    String getSshCommandLine() {
        (['ssh', '-p', port.toString()] + sshOptions).join(' ')
    }

    /** The remote host as xsh names it: {@code ssh://USER@ADDRESS:PORT}. */
    String getUri() {
        "ssh://$user@$address:$port"
    }

    /** xsh run as the remote side itself (its XSH_HOME), to compare with what comes over ssh. */
    XshProcess remoteXsh(Path tempDir) {
        def xsh = new XshProcess(tempDir)
        xsh.xshHome = remoteXshHome
        xsh
    }

    /** How many logins sshd has accepted: each new ssh connection (not each session of a master's). */
    int loginsAccepted() {
        Files.exists(log) ? Files.readAllLines(log).count { it.contains('Accepted publickey') } : 0
    }

    /** Bytes this side has sent over the veth link ({@link #startInNetns} only). */
    long linkBytesSent() {
        assert hostLink: 'not in a network namespace'
        Files.readString(Path.of("/sys/class/net/$hostLink/statistics/tx_bytes")).trim() as long
    }

    /** Takes this side of the veth link down, as a cable pulled out ({@link #startInNetns} only). */
    void linkDown() {
        assert hostLink: 'not in a network namespace'
        ip(['link', 'set', hostLink, 'down'])
    }

    @Override
    void close() {
        if (sshd != null) {
            // its sessions first (a master connection's), then the listener: all by their own pids
            sshd.descendants().forEach { it.destroy() }
            sshd.destroy()
            if (!sshd.waitFor(10, TimeUnit.SECONDS)) {
                sshd.destroyForcibly().waitFor()
            }
            sshd = null
        }
        if (hostLink != null) {
            run(['ip', 'link', 'del', hostLink]) // its peer in the namespace goes with it
            hostLink = null
        }
        if (namespace != null) {
            run(['ip', 'netns', 'del', namespace])
            namespace = null
        }
    }

    private SshdFixture launch(List<String> prefix) throws Unavailable {
        remoteXshHome.mkdirs()
        remoteBin.mkdirs()
        Files.createSymbolicLink(remoteBin.toPath().resolve('xsh'), new File(XshProcess.projectRoot(), 'bin/xsh').toPath())
        Path hostKey = dir.resolve('host_key')
        keygen(hostKey)
        keygen(clientKey)
        Files.copy(dir.resolve('client_key.pub'), dir.resolve('authorized_keys'))
        String hostEntry = port == 22 ? address : "[$address]:$port"
        Files.writeString(knownHosts, "$hostEntry ${Files.readString(dir.resolve('host_key.pub')).trim()}\n")
        if (output(['id', '-u']).trim() == '0') {
            Files.createDirectories(Path.of('/run/sshd')) // sshd's privilege separation directory, made by its service otherwise
        }
        String path = "${remoteBin}:${System.getProperty('java.home')}/bin:${System.getenv('PATH')}"
        Path config = dir.resolve('sshd_config')
        Files.writeString(config, """\
            ListenAddress $address
            Port $port
            HostKey $hostKey
            AuthorizedKeysFile ${dir.resolve('authorized_keys')}
            PidFile ${dir.resolve('sshd.pid')}
            StrictModes no
            UsePAM no
            PermitRootLogin prohibit-password
            PasswordAuthentication no
            KbdInteractiveAuthentication no
            MaxSessions 100
            MaxStartups 100
            SetEnv "PATH=$path" "XSH_HOME=$remoteXshHome" "JAVA_HOME=${System.getProperty('java.home')}"
            """.stripIndent())
        sshd = new ProcessBuilder(prefix + [SSHD, '-D', '-e', '-f', config.toString()])
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start()
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30)
        while (!listening()) {
            if (!sshd.alive) {
                String why = "sshd exited with ${sshd.exitValue()}: ${Files.readString(log).trim()}"
                sshd = null
                close()
                throw new Unavailable(why)
            }
            if (System.nanoTime() > deadline) {
                close()
                throw new Unavailable("sshd did not listen in 30 s: ${Files.readString(log).trim()}")
            }
            Thread.sleep(50)
        }
        this
    }

    private boolean listening() {
        try (def socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 1000)
            true
        } catch (IOException ignored) {
            false
        }
    }

    private void ip(List<String> args) throws Unavailable {
        def process = new ProcessBuilder(['ip'] + args).redirectErrorStream(true).start()
        String text = process.inputStream.text
        if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new Unavailable("ip ${args.join(' ')} failed: ${text.trim()}")
        }
    }

    private static void keygen(Path key) {
        def process = new ProcessBuilder('ssh-keygen', '-q', '-t', 'ed25519', '-N', '', '-C', 'xsh-spec', '-f', key.toString())
                .redirectErrorStream(true).start()
        String text = process.inputStream.text
        assert process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0: "ssh-keygen failed: $text"
    }

    private static int freePort() {
        new ServerSocket(0, 1, InetAddress.getByName('127.0.0.1')).withCloseable { it.localPort }
    }

    private static boolean onPath(String program) {
        System.getenv('PATH').split(':').any { Files.isExecutable(Path.of(it, program)) }
    }

    private static String output(List<String> command) {
        def process = new ProcessBuilder(command).redirectErrorStream(true).start()
        String text = process.inputStream.text
        process.waitFor()
        text
    }

    private static int run(List<String> command) {
        def process = new ProcessBuilder(command).redirectErrorStream(true).start()
        process.inputStream.text
        process.waitFor()
    }
}
