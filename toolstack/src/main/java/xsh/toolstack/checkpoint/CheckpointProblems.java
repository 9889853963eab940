package xsh.toolstack.checkpoint;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import xsh.toolstack.oserror.Strerror;

/**
 * What is wrong with a checkpoint on its host: its image, config or snapshots gone, the image
 * of another size, or (verifying) its bytes no longer those it was taken with. No problem:
 * the checkpoint can be restored.
 */
public final class CheckpointProblems {

    private CheckpointProblems() {
    }

    /**
     * The problems seen without reading the image: what a listing shows.
     *
     * @param datasets the names of every dataset and snapshot on the host
     */
    public static List<String> seen(Checkpoint checkpoint, Set<String> datasets) {
        List<String> problems = new ArrayList<>();
        if (!Files.isRegularFile(checkpoint.image())) {
            problems.add("image missing");
        } else {
            try {
                long size = Files.size(checkpoint.image());
                if (size != checkpoint.imageBytes()) {
                    problems.add("image size " + size + ", not " + checkpoint.imageBytes());
                }
            } catch (IOException e) {
                problems.add("image unreadable: " + Strerror.of(e));
            }
        }
        if (!Files.isRegularFile(checkpoint.config())) {
            problems.add("config missing");
        }
        for (String snapshot : checkpoint.snapshots()) {
            if (!datasets.contains(snapshot)) {
                problems.add("snapshot " + snapshot + " missing");
            }
        }
        return problems;
    }

    /** Every problem, the image's SHA-256 compared with the one taken: what verify reports. */
    public static List<String> verified(Checkpoint checkpoint, Set<String> datasets) {
        List<String> problems = seen(checkpoint, datasets);
        if (problems.stream().noneMatch(p -> p.startsWith("image"))) {
            try {
                String sha = sha256(checkpoint.image());
                if (!sha.equals(checkpoint.imageSha256())) {
                    problems.add(0, "image checksum mismatch");
                }
            } catch (IOException e) {
                problems.add(0, "image unreadable: " + Strerror.of(e));
            }
        }
        return problems;
    }

    /** The file's SHA-256, hex. */
    public static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
        byte[] buffer = new byte[1 << 20];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
