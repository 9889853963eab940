package xsh.shell.migrate;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import xsh.shell.Main;

/**
 * How to start this same xsh again as a process: this JVM's java, its options (the class-data
 * archive bin/xsh chose, so it starts as fast), its class path and xsh's main class.
 */
record JavaLauncher(String java, List<String> options, String classPath, String mainClass) {

    /** Options that belong to this process alone: agents (a coverage tool) and archive dumps. */
    private static final List<String> NOT_INHERITED = List.of("-javaagent:", "-agentlib:", "-agentpath:",
            "-XX:AOTCacheOutput", "-XX:DumpLoadedClassList", "-XX:ArchiveClassesAtExit", "-Xshare:dump",
            "-XX:SharedClassListFile");

    static JavaLauncher current() {
        String java = ProcessHandle.current().info().command()
                .orElseGet(() -> Path.of(System.getProperty("java.home"), "bin", "java").toString());
        return new JavaLauncher(java, inherited(ManagementFactory.getRuntimeMXBean().getInputArguments()),
                System.getProperty("java.class.path"), Main.class.getName());
    }

    static List<String> inherited(List<String> options) {
        return options.stream().filter(option -> NOT_INHERITED.stream().noneMatch(option::startsWith)).toList();
    }

    /** {@code java OPTIONS -cp CLASSPATH MAIN ARGS...}. */
    List<String> command(List<String> args) {
        List<String> argv = new ArrayList<>();
        argv.add(java);
        argv.addAll(options);
        argv.add("-cp");
        argv.add(classPath);
        argv.add(mainClass);
        argv.addAll(args);
        return List.copyOf(argv);
    }
}
