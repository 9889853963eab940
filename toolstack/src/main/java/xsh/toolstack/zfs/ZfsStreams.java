package xsh.toolstack.zfs;

import java.io.InputStream;
import java.io.OutputStream;

/** Where {@code zfs send} writes its stream and {@code zfs receive} reads one; asked for only by them. */
public interface ZfsStreams {

    InputStream input();

    OutputStream output();

    /** For commands that need neither. */
    static ZfsStreams none() {
        return new ZfsStreams() {
            @Override
            public InputStream input() {
                throw new IllegalStateException("no input stream");
            }

            @Override
            public OutputStream output() {
                throw new IllegalStateException("no output stream");
            }
        };
    }
}
