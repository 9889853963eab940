package xsh.hv;

/** What a native save, restore or migration reports as xl prints it. */
public interface NativeProgress {

    NativeProgress NONE = new NativeProgress() {
        @Override
        public void message(String line) {
        }

        @Override
        public void progress(long done, long total) {
        }
    };

    /** One line xl printed for the user (its stderr, a progress line's last state excluded). */
    void message(String line);

    /** How far the current pass is: {@code done} of {@code total} pages. */
    void progress(long done, long total);
}
