package xsh.shell.script;

/** A script context that can also run xsh command lines, for the {@code xsh 'COMMAND LINE'} built-in. */
public interface CommandTextRunner {

    /** Runs the commands in {@code text} as -c runs them; a failing command throws its failure. */
    int runCommandText(String text);
}
