package xsh.e2e.support

import java.nio.file.Path
import java.util.concurrent.TimeUnit

/**
 * Runs bin/xsh as a user does: a separate process, started from a working directory of the
 * spec's own, with XSH_HOME in a temporary directory, optional text on stdin (else /dev/null),
 * and a time limit.
 *
 * <p>With the system property {@code xsh.backend=xen} (the suite's second run) every bin/xsh
 * runs on the xen backend, whose {@code xl} and {@code zfs} on PATH are the embedded host's
 * own front ends ({@code XSH_BACKEND=sim bin/xsh xl}): the xen backend's code reads xl's and
 * zfs's real output, byte for byte, from the same host the first run drives directly.
 */
class XshProcess {

    /** The system property that selects the backend every bin/xsh of the suite runs on. */
    static final String BACKEND_PROPERTY = 'xsh.backend'

    private static File xenBin

    /** Whether this run drives the xen backend (through the embedded host's xl and zfs). */
    static boolean onXen() {
        System.getProperty(BACKEND_PROPERTY) == 'xen'
    }

    /**
     * The directory of the {@code xl} and {@code zfs} the xen backend finds on PATH, written
     * once per JVM: each execs the embedded host's front end of that name, on the XSH_HOME the
     * spec gave the process that runs it.
     */
    static synchronized File xenBin() {
        if (xenBin == null) {
            File dir = java.nio.file.Files.createTempDirectory('xsh-xen-bin').toFile()
            String xsh = new File(projectRoot(), 'bin/xsh').path
            for (String tool : ['xl', 'zfs']) {
                File script = new File(dir, tool)
                script.text = "#!/bin/sh\nXSH_BACKEND=sim exec '${xsh}' ${tool} \"\$@\"\n"
                script.setExecutable(true)
            }
            Runtime.runtime.addShutdownHook(new Thread({ dir.deleteDir() }))
            xenBin = dir
        }
        xenBin
    }

    /**
     * The environment every bin/xsh of the suite gets, the spec's own last: on the xen run,
     * XSH_BACKEND=xen (unless the spec names a backend) and the xl and zfs front ends first on
     * PATH (the spec's PATH, if it sets one, after them).
     */
    static void prepare(Map<String, String> env, Map<String, String> specEnvironment) {
        if (onXen()) {
            env.put('XSH_BACKEND', 'xen')
        }
        env.putAll(specEnvironment)
        if (onXen()) {
            env.put('PATH', xenBin().path + File.pathSeparator + (env.get('PATH') ?: '/usr/bin:/bin'))
        }
    }

    /** The project under test; the spock-tests pom passes it in. */
    static File projectRoot() {
        String root = System.getProperty('xsh.root')
        assert root: 'system property xsh.root (set by spock-tests/pom.xml) is missing'
        new File(root).canonicalFile
    }

    /** The version in the parent pom, which every module inherits. */
    static String projectVersion() {
        def project = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new File(projectRoot(), 'pom.xml')).documentElement
        def children = project.childNodes
        (0..<children.length).collect { children.item(it) }.find { it.nodeName == 'version' }.textContent
    }

    /** What is run: bin/xsh of the project, or e.g. a symlink to it. */
    List<String> launcher = [new File(projectRoot(), 'bin/xsh').path]
    File workDir
    File xshHome
    Map<String, String> environment = [:]
    long timeoutSeconds = 300

    /** Working directory and XSH_HOME under {@code tempDir}. */
    XshProcess(Path tempDir) {
        workDir = tempDir.resolve('work').toFile()
        xshHome = tempDir.resolve('xsh-home').toFile()
        workDir.mkdirs()
    }

    RunResult run(String... args) {
        run(args as List<String>)
    }

    RunResult run(List<String> args, String stdin = null) {
        def out = File.createTempFile('xsh-stdout', '.txt', workDir.parentFile)
        def err = File.createTempFile('xsh-stderr', '.txt', workDir.parentFile)
        try {
            def builder = new ProcessBuilder(launcher + args)
                    .directory(workDir)
                    .redirectOutput(out)
                    .redirectError(err)
                    .redirectInput(stdin == null ? ProcessBuilder.Redirect.from(new File('/dev/null')) : ProcessBuilder.Redirect.PIPE)
            builder.environment().put('XSH_HOME', xshHome.path)
            prepare(builder.environment(), environment)
            Process process = builder.start()
            if (stdin != null) {
                process.outputStream.withCloseable { it.write(stdin.getBytes('UTF-8')) }
            }
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.descendants().forEach { it.destroyForcibly() }
                process.destroyForcibly().waitFor()
                throw new AssertionError("xsh ${args} did not end within ${timeoutSeconds} s\n"
                        + new RunResult(-1, out.getText('UTF-8'), err.getText('UTF-8')))
            }
            new RunResult(process.exitValue(), out.getText('UTF-8'), err.getText('UTF-8'))
        } finally {
            out.delete()
            err.delete()
        }
    }

    /** Starts bin/xsh without waiting, for runs that must overlap. */
    Process start(List<String> args, File out, File err) {
        def builder = new ProcessBuilder(launcher + args)
                .directory(workDir)
                .redirectOutput(out)
                .redirectError(err)
                .redirectInput(ProcessBuilder.Redirect.from(new File('/dev/null')))
        builder.environment().put('XSH_HOME', xshHome.path)
        prepare(builder.environment(), environment)
        builder.start()
    }
}
