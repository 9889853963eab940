package xsh.toolstack.preflight;

/**
 * One setup step of a Dom0 as checked: its name (the file and setting, e.g.
 * {@code rc.conf xencommons_enable}), whether it is done, what was found, and the command
 * that does it (null when it is done).
 */
public record StepResult(String step, boolean ok, String found, String fix) {

    public static StepResult done(String step, String found) {
        return new StepResult(step, true, found, null);
    }

    public static StepResult missing(String step, String found, String fix) {
        return new StepResult(step, false, found, fix);
    }
}
