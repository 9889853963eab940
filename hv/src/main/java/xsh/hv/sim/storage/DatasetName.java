package xsh.hv.sim.storage;

import java.util.Optional;
import xsh.hv.storage.StorageException;

/**
 * zfs's rules for a dataset name ({@code pool/a/b}, {@code pool/a@snap}) and the words of its
 * refusals: each is what libzfs adds after {@code cannot create 'NAME': }.
 */
final class DatasetName {

    /** ZFS_MAX_DATASET_NAME_LEN: a name is shorter. */
    static final int MAX_LENGTH = 256;

    private DatasetName() {
    }

    /** Why {@code name} is not a valid filesystem or volume name (snapshot: {@code @} allowed once), if it is not. */
    static Optional<String> problem(String name, boolean snapshot) {
        if (name.length() >= MAX_LENGTH) {
            return Optional.of("name is too long");
        }
        if (name.startsWith("/")) {
            return Optional.of("leading slash in name");
        }
        int at = name.indexOf('@');
        if (at >= 0 && name.indexOf('@', at + 1) >= 0) {
            return Optional.of("multiple '@' delimiters in name");
        }
        if (!snapshot && at >= 0) {
            return Optional.of("snapshot delimiter '@' in filesystem name");
        }
        if (snapshot && at < 0) {
            return Optional.of("missing '@' delimiter in snapshot name");
        }
        String path = at >= 0 ? name.substring(0, at) : name;
        if (path.endsWith("/")) {
            return Optional.of("trailing slash in name");
        }
        for (String component : path.split("/", -1)) {
            Optional<String> p = componentProblem(component);
            if (p.isPresent()) {
                return p;
            }
        }
        return at >= 0 ? componentProblem(name.substring(at + 1)) : Optional.empty();
    }

    private static Optional<String> componentProblem(String component) {
        if (component.isEmpty()) {
            return Optional.of("empty component in name");
        }
        if (component.equals(".")) {
            return Optional.of("self reference, '.' is found in name");
        }
        if (component.equals("..")) {
            return Optional.of("parent reference, '..' is found in name");
        }
        for (int i = 0; i < component.length(); i++) {
            char c = component.charAt(i);
            if (!valid(c)) {
                return Optional.of("invalid character '" + c + "' in name");
            }
        }
        return Optional.empty();
    }

    /** zfs_namecheck's valid_char: letters, digits and {@code -_.: } (a space too). */
    private static boolean valid(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '_' || c == '.' || c == ':' || c == ' ';
    }

    /** Refuses an invalid name with {@code cannot VERB 'NAME': why}. */
    static void check(String name, boolean snapshot, String refusal) {
        problem(name, snapshot).ifPresent(why -> {
            throw new StorageException(refusal + ": " + why);
        });
    }

    static String pool(String name) {
        int end = 0;
        while (end < name.length() && name.charAt(end) != '/' && name.charAt(end) != '@') {
            end++;
        }
        return name.substring(0, end);
    }

    /** {@code pool/a/b} → {@code pool/a}; a pool's root has none. */
    static Optional<String> parent(String name) {
        int slash = name.lastIndexOf('/');
        return slash < 0 ? Optional.empty() : Optional.of(name.substring(0, slash));
    }

    static boolean isSnapshot(String name) {
        return name.indexOf('@') >= 0;
    }

    /** {@code fs@snap} → {@code fs}. */
    static String datasetOf(String snapshot) {
        return snapshot.substring(0, snapshot.indexOf('@'));
    }

    /** {@code fs@snap} → {@code snap}. */
    static String snapOf(String snapshot) {
        return snapshot.substring(snapshot.indexOf('@') + 1);
    }

    static String last(String name) {
        return name.substring(name.lastIndexOf('/') + 1);
    }
}
