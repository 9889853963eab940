package xsh.hv.xen.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One {@code libxl_device_channel} back as a {@code channel=} entry:
 * {@code name=N,connection=pty} or {@code name=N,connection=socket,path=P}. libxl's JSON keys
 * the connection's union by its kind ({@code "connection.socket": {"path": ...}}). xl splits
 * an entry on commas and trims each value, so values with commas or edge blanks cannot be
 * written; such a channel is named in a note instead.
 */
final class ChannelSpecText {

    private ChannelSpecText() {
    }

    static Optional<String> of(LibxlObject channel, String label, Consumer<String> notes) {
        List<String> words = new ArrayList<>();
        Optional<String> path = Optional.empty();
        String connection;
        if (channel.has("connection.pty")) {
            connection = "pty";
        } else if (channel.has("connection.socket")) {
            connection = "socket";
            path = channel.object("connection.socket").string("path");
        } else {
            notes.accept(label + " not carried: no pty or socket connection");
            return Optional.empty();
        }
        Optional<String> backend = channel.string("backend_domname");
        Optional<String> name = channel.string("name");
        if (!KeyValueWords.writable(backend) || !KeyValueWords.writable(name) || !KeyValueWords.writable(path)
                || connection.equals("socket") && path.isEmpty()) {
            notes.accept(label + " not carried: a value xl's channel= cannot hold");
            return Optional.empty();
        }
        backend.ifPresent(b -> words.add("backend=" + b));
        name.ifPresent(n -> words.add("name=" + n));
        words.add("connection=" + connection);
        path.ifPresent(p -> words.add("path=" + p));
        return Optional.of(String.join(",", words));
    }
}
