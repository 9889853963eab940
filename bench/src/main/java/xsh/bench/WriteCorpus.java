package xsh.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes the realistic corpus as files: {@code WriteCorpus DIR COUNT}. */
public final class WriteCorpus {

    private WriteCorpus() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        Files.createDirectories(dir);
        List<byte[]> configs = RealisticConfigs.generate(count, 7);
        for (int i = 0; i < configs.size(); i++) {
            Files.write(dir.resolve(String.format("guest-%04d.cfg", i)), configs.get(i));
        }
    }
}
