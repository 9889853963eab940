package xsh.shell.dryrun;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a command that changes the host or writes files (create, save, zfs snapshot, checkpoint
 * create…). Under the global {@code --dry-run}, such a command prints what it would do instead
 * of doing it; unmarked commands only read, and run as usual.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ChangesState {
}
