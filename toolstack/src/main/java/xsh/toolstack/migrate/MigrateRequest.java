package xsh.toolstack.migrate;

import java.util.Optional;

/**
 * {@code migrate [-C CFG] [-e] [-p] [--debug] [--with-storage] DOMAIN HOST}, the part the
 * toolstack sees: the link to HOST is made by the face.
 *
 * @param domain      the domain as the user named it (name or domid)
 * @param configFile  {@code -C}: an xl.cfg to send instead of the domain's stored config
 * @param receiver    the flags the receiver was started with
 * @param withStorage {@code --with-storage}: send the datasets holding the disks too
 * @param precopy     when pre-copy stops
 */
public record MigrateRequest(String domain, Optional<String> configFile, ReceiverFlags receiver,
                             boolean withStorage, PrecopyPolicy precopy) {

    /** A live migration with xl's defaults. */
    public static MigrateRequest of(String domain) {
        return new MigrateRequest(domain, Optional.empty(), ReceiverFlags.DEFAULT, false, PrecopyPolicy.DEFAULT);
    }
}
