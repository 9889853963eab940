package xsh.toolstack.vmcontrol;

/**
 * Where an operation tells what it is doing, line by line, as it does it ({@code Shutting
 * down domain 5}, {@code Waiting for 2 domains}). xl writes these to stderr between its
 * steps; the toolstack hands them to the face, which prints them, so they come out in xl's
 * order even when a later step fails.
 */
@FunctionalInterface
public interface Notices {

    Notices NONE = line -> { };

    void notice(String line);
}
