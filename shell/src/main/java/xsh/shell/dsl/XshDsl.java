package xsh.shell.dsl;

import groovy.lang.Script;

/**
 * The DSL a {@code .xsh} script is written in: every xsh command as a method with named
 * arguments and a typed result. The script runner makes each script an instance of a subclass,
 * with the {@link ScriptContext} bound as {@link #CONTEXT}.
 */
public abstract class XshDsl extends Script {

    /** The binding variable that holds the script's {@link ScriptContext}. */
    public static final String CONTEXT = "xshContext";

    /** The host, output and dry-run setting the script's methods work with. */
    protected ScriptContext context() {
        return (ScriptContext) getBinding().getVariable(CONTEXT);
    }
}
