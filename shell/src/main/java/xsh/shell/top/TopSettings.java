package xsh.shell.top;

import java.time.Duration;
import xsh.toolstack.top.TopColumn;

/**
 * How top runs.
 *
 * @param delay      the time between two frames
 * @param iterations how many frames before top ends by itself; 0: until the user quits (or for ever in batch mode)
 * @param fullNames  whole domain names rather than xentop's ten characters
 * @param sortBy     the column sorted by at first
 */
record TopSettings(Duration delay, int iterations, boolean fullNames, TopColumn sortBy) {

    /** Whether {@code shown} frames are all that were asked for. */
    boolean done(int shown) {
        return iterations > 0 && shown >= iterations;
    }
}
