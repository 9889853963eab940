package xsh.shell.script;

import groovy.lang.Binding;
import groovy.lang.GroovyCodeSource;
import groovy.lang.GroovyShell;
import groovy.lang.Script;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.codehaus.groovy.control.CompilerConfiguration;
import org.codehaus.groovy.control.MultipleCompilationErrorsException;
import org.codehaus.groovy.control.customizers.ImportCustomizer;
import org.codehaus.groovy.runtime.MethodClosure;
import xsh.error.XshException;
import xsh.shell.dsl.ScriptContext;
import xsh.shell.dsl.XshDsl;

/**
 * Compiles and runs {@code .xsh} files as Groovy scripts whose base class is {@link XshScript}
 * (UTF-8 source; {@code java.time.*} and the DSL's types imported; a {@code #!} first line is a
 * comment), all sharing one binding: the {@link ScriptContext}, the clock, {@code args}, and the
 * variables scripts assign without {@code def}. It remembers which class came from which file, so
 * that a failure is told with the script's file and line ({@link #location}).
 */
public final class ScriptRunner {

    /** Methods every script class has, which {@code load} does not hand on. */
    private static final Set<String> SCRIPT_METHODS = Set.of("run", "main");

    private final GroovyShell shell;
    private final Binding binding;
    /** Each compiled script's class name, and the file (or name) it is told as. */
    private final Map<String, String> sources = new HashMap<>();

    public ScriptRunner(ScriptContext context, ScriptClock clock) {
        this(context, clock, XshScript.class);
    }

    /** With another base class: a subclass of {@link XshScript} (specs add methods to it). */
    public ScriptRunner(ScriptContext context, ScriptClock clock, Class<? extends XshScript> base) {
        binding = new Binding();
        binding.setVariable(XshDsl.CONTEXT, context);
        binding.setVariable(XshScript.CLOCK, clock);
        binding.setVariable("out", context.out()); // println's
        binding.setVariable(XshScript.ARGS, new String[0]);
        CompilerConfiguration config = new CompilerConfiguration();
        config.setScriptBaseClass(base.getName());
        config.setSourceEncoding("UTF-8");
        config.addCompilationCustomizers(new ImportCustomizer().addStarImports("java.time", "xsh.shell.dsl"));
        shell = new GroovyShell(base.getClassLoader(), binding, config);
    }

    /** Runs the script file with {@code args}; returns the value of its last statement. */
    public Object run(Path file, List<String> args) {
        binding.setVariable(XshScript.ARGS, args.toArray(String[]::new));
        return compile(read(file), file.toString(), file).run();
    }

    /**
     * Runs Groovy typed at the prompt, told as {@code shownAs} in messages; variables assigned
     * without {@code def} stay for the next line. Returns the value of its last statement.
     */
    public Object evaluate(String code, String shownAs) {
        return compile(code, shownAs, null).run();
    }

    /** {@code load}: runs {@code file} with the loader's binding and hands its methods on by name. */
    XshScript load(Binding loaderBinding, Path file) {
        XshScript script = compile(read(file), file.toString(), file);
        script.setBinding(loaderBinding);
        for (Method method : script.getClass().getDeclaredMethods()) {
            if (Modifier.isPublic(method.getModifiers()) && !method.isSynthetic()
                    && !SCRIPT_METHODS.contains(method.getName()) && !method.getName().contains("$")) {
                loaderBinding.setVariable(method.getName(), new MethodClosure(script, method.getName()));
            }
        }
        script.run();
        return script;
    }

    /** Where in a script {@code failure} happened: {@code FILE:LINE}, from its innermost frame in a script. */
    public Optional<String> location(Throwable failure) {
        for (StackTraceElement frame : failure.getStackTrace()) {
            String className = frame.getClassName();
            int inner = className.indexOf('$');
            String shownAs = sources.get(inner < 0 ? className : className.substring(0, inner));
            if (shownAs != null && frame.getLineNumber() > 0) {
                return Optional.of(shownAs + ":" + frame.getLineNumber());
            }
        }
        return Optional.empty();
    }

    private XshScript compile(String text, String shownAs, Path file) {
        String className = className(shownAs);
        Script script;
        try {
            script = shell.parse(new GroovyCodeSource(text, className + ".groovy", "/groovy/script"));
        } catch (MultipleCompilationErrorsException e) {
            throw ScriptSyntaxError.of(shownAs, e);
        }
        sources.put(className, shownAs);
        XshScript xshScript = (XshScript) script;
        xshScript.attach(this, file);
        return xshScript;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new XshException(file + ": no such file", 1);
        } catch (CharacterCodingException e) {
            throw new XshException(file + ": not UTF-8 text", 1);
        } catch (IOException e) {
            throw new XshException(file + ": cannot read: " + e.getMessage(), 1);
        }
    }

    /**
     * A class name of its own for each script: from the file's name (so that --debug's stack
     * trace reads), with a suffix that keeps it from hiding a class the script uses
     * ({@code String.xsh}) and a number when a name comes again.
     */
    private String className(String shownAs) {
        String name = Path.of(shownAs).getFileName() == null ? "script" : Path.of(shownAs).getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = (dot > 0 ? name.substring(0, dot) : name).replaceAll("[^A-Za-z0-9_]", "_") + "_xsh";
        String candidate = Character.isJavaIdentifierStart(base.charAt(0)) ? base : "_" + base;
        String unique = candidate;
        for (int n = 2; sources.containsKey(unique); n++) {
            unique = candidate + n;
        }
        return unique;
    }
}
