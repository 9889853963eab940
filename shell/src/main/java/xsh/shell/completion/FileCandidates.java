package xsh.shell.completion;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.jline.reader.Candidate;

/**
 * Paths for a FILE argument, relative to the working directory or absolute ({@code ~/} is the
 * home directory): the directory's entries that start with what was typed, directories always
 * (with a {@code /}, so Tab goes on into them) and files only with one of the wanted endings
 * ({@code .cfg}, {@code .save}), or any file when none is wanted. Dot-files only when a dot was typed.
 */
final class FileCandidates {

    private FileCandidates() {
    }

    static void add(String word, Set<String> endings, Path workingDirectory, List<Candidate> candidates) {
        int slash = word.lastIndexOf('/');
        String typedDirectory = slash < 0 ? "" : word.substring(0, slash + 1);
        String prefix = word.substring(slash + 1);
        Path directory = resolve(typedDirectory, workingDirectory);
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (!name.startsWith(prefix) || (name.startsWith(".") && !prefix.startsWith("."))) {
                    continue;
                }
                if (Files.isDirectory(entry)) {
                    String value = typedDirectory + name + "/";
                    candidates.add(new Candidate(value, name + "/", null, null, null, null, false));
                } else if (endings.isEmpty() || endings.stream().anyMatch(name::endsWith)) {
                    candidates.add(new Candidate(typedDirectory + name, name, null, null, null, null, true));
                }
            }
        } catch (IOException | RuntimeException e) {
            // an unreadable directory offers nothing
        }
    }

    private static Path resolve(String typedDirectory, Path workingDirectory) {
        if (typedDirectory.startsWith("~/")) {
            return Path.of(System.getProperty("user.home")).resolve(typedDirectory.substring(2));
        }
        return typedDirectory.isEmpty() ? workingDirectory : workingDirectory.resolve(typedDirectory);
    }
}
