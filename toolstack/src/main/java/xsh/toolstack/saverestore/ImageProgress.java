package xsh.toolstack.saverestore;

/**
 * How far a save or a restore is, as it goes, for a face to show: the step, and the bytes of
 * memory (or of the image) done out of the total. Called on the thread doing the work, often;
 * a face decides how often to draw.
 */
@FunctionalInterface
public interface ImageProgress {

    ImageProgress NONE = (step, done, total) -> { };

    enum Step {
        /** Writing the guest's memory to the image. */
        SAVING,
        /** Reading the written image back to checksum it. */
        CHECKSUMMING,
        /** Reading an image through before anything is built from it. */
        VERIFYING,
        /** Loading the image's memory into the restored domain. */
        LOADING
    }

    void progress(Step step, long done, long total);
}
