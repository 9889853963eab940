package xsh.toolstack.zfs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import xsh.hv.storage.Dataset;
import xsh.hv.storage.Storage;
import xsh.hv.storage.StorageException;

/** {@code zfs set property=value dataset...}: each dataset in turn; one that fails does not stop the others. */
public record ZfsSet(String property, String value, List<String> names) implements ZfsRequest {

    static final String COMMAND = "set";

    /** zfs set takes no options: a first word with a dash is refused as one. */
    public static ZfsSet parse(List<String> args) {
        if (!args.isEmpty() && args.get(0).startsWith("-")) {
            String word = args.get(0);
            throw new ZfsUsageException("invalid option '" + (word.length() > 1 ? word.charAt(1) : "") + "'", COMMAND);
        }
        Zfs.requireOperands(args, 1, Integer.MAX_VALUE, "missing property=value argument", COMMAND);
        Zfs.requireOperands(args, 2, Integer.MAX_VALUE, "missing dataset name", COMMAND);
        String assignment = args.get(0);
        int equals = assignment.indexOf('=');
        if (equals < 0 || equals == assignment.length() - 1) {
            throw new ZfsUsageException("missing value in property=value argument", COMMAND);
        }
        if (equals == 0) {
            throw new ZfsUsageException("missing property in property=value argument", COMMAND);
        }
        return new ZfsSet(assignment.substring(0, equals), assignment.substring(equals + 1),
                List.copyOf(args.subList(1, args.size())));
    }

    @Override
    public String command() {
        return COMMAND;
    }

    @Override
    public ZfsOutcome run(Storage storage, ZfsStreams streams) {
        List<String> errors = new ArrayList<>();
        for (String name : names) {
            Optional<Dataset> dataset = storage.dataset(name);
            if (dataset.isEmpty()) {
                errors.add("cannot open '" + name + "': dataset does not exist");
                continue;
            }
            try {
                Map.Entry<String, String> checked = PropertyAssignment.check(property, value,
                        dataset.get().type(), false, "cannot set property for '" + name + "'");
                storage.set(name, checked.getKey(), checked.getValue());
            } catch (StorageException e) {
                errors.add(e.getMessage());
            }
        }
        return new ZfsOutcome(Optional.empty(), errors, errors.isEmpty() ? 0 : 1);
    }
}
