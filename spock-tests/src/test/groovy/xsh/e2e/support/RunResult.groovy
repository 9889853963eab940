package xsh.e2e.support

import groovy.transform.Canonical

/** What one run of xsh left behind: its exit code and everything it wrote. */
@Canonical
class RunResult {
    int exitCode
    String stdout
    String stderr

    List<String> getStdoutLines() {
        stdout.readLines()
    }

    List<String> getStderrLines() {
        stderr.readLines()
    }

    @Override
    String toString() {
        "exit code $exitCode\n--- stdout\n$stdout--- stderr\n$stderr---"
    }
}
