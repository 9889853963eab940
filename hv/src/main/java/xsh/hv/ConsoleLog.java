package xsh.hv;

import java.util.List;

/** A domain's console output: a boot banner, kernel lines, a login prompt. */
public interface ConsoleLog {

    /** The lines written so far. */
    List<String> lines();

    /** The lines written after the first {@code seen} ones; for following the console. */
    List<String> linesAfter(int seen);
}
