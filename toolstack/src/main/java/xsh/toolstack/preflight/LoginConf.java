package xsh.toolstack.preflight;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * login.conf(5): capability records such as {@code default:\ :memorylocked=64K:\ ...}, lines
 * joined where they end in a backslash, names before the first colon separated by {@code |}.
 * As getcap(3) reads them, the first record of a name and a capability's first value count.
 */
record LoginConf(List<String> records) {

    static LoginConf parse(String text) {
        List<String> records = new ArrayList<>();
        StringBuilder record = new StringBuilder();
        for (String line : text.split("\n")) {
            if (record.isEmpty() && (line.isBlank() || line.stripLeading().startsWith("#"))) {
                continue;
            }
            String stripped = line.strip();
            if (stripped.endsWith("\\")) {
                record.append(stripped, 0, stripped.length() - 1);
            } else {
                record.append(stripped);
                records.add(record.toString());
                record.setLength(0);
            }
        }
        if (!record.isEmpty()) {
            records.add(record.toString());
        }
        return new LoginConf(records);
    }

    /** The value of {@code capability=VALUE} in the class {@code name}, if the class sets it. */
    Optional<String> capability(String name, String capability) {
        for (String record : records) {
            String[] fields = record.split(":");
            if (!List.of(fields[0].split("\\|")).contains(name)) {
                continue;
            }
            for (int i = 1; i < fields.length; i++) {
                String field = fields[i].strip();
                if (field.equals(capability + "@")) {
                    return Optional.empty();
                }
                if (field.startsWith(capability + "=")) {
                    return Optional.of(field.substring(capability.length() + 1));
                }
            }
            return Optional.empty();
        }
        return Optional.empty();
    }
}
