package xsh.hv.xen.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One {@code libxl_device_vtpm} back as a {@code vtpm=} entry, {@code backend=DOM[,uuid=U]}.
 * xl requires the backend domain's name, which libxl's JSON may lack.
 */
final class VtpmSpecText {

    private VtpmSpecText() {
    }

    static Optional<String> of(LibxlObject vtpm, String label, Consumer<String> notes) {
        Optional<String> backend = vtpm.string("backend_domname");
        Optional<String> uuid = vtpm.string("uuid");
        if (backend.isEmpty() || !KeyValueWords.writable(backend) || !KeyValueWords.writable(uuid)) {
            notes.accept(label + " not carried: xl's vtpm= needs the backend domain's name");
            return Optional.empty();
        }
        List<String> words = new ArrayList<>();
        words.add("backend=" + backend.get());
        uuid.ifPresent(u -> words.add("uuid=" + u));
        return Optional.of(String.join(",", words));
    }
}
